package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The app's bundles through ICU: plural forms in both languages, and what pages showed before unchanged. */
class IcuMessageSourceTest {

    static final Locale SPANISH = Locale.forLanguageTag("es");

    final IcuMessageSource messages = messages();

    static IcuMessageSource messages() {
        IcuMessageSource messages = new IcuMessageSource();
        messages.setBasenames("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void pluralFormsFollowTheNumberInEachLanguage() {
        assertThat(messages.getMessage("pathways.creditsAwarded", new Object[] {BigDecimal.ONE}, Locale.ENGLISH))
                .isEqualTo("1 credit awarded");
        assertThat(messages.getMessage("pathways.creditsAwarded", new Object[] {new BigDecimal("0.5")},
                Locale.ENGLISH)).isEqualTo("0.5 credits awarded");
        assertThat(messages.getMessage("transcript.pieces", new Object[] {0}, Locale.ENGLISH)).isEqualTo("no evidence");
        assertThat(messages.getMessage("transcript.pieces", new Object[] {1}, Locale.ENGLISH))
                .isEqualTo("one piece of evidence");
        assertThat(messages.getMessage("transcript.pieces", new Object[] {3}, SPANISH)).isEqualTo("3 evidencias");
        assertThat(messages.getMessage("home.tasksOverdue", new Object[] {2}, SPANISH))
                .isEqualTo("2 tareas están vencidas");
    }

    @Test
    void numbersFollowTheReadersLocale() {
        assertThat(messages.getMessage("audit.credits", new Object[] {new BigDecimal("19.5"), new BigDecimal("25.5")},
                SPANISH)).isEqualTo("19,5 de 25,5 créditos");
        assertThat(messages.getMessage("audit.credits", new Object[] {new BigDecimal("19.5"), new BigDecimal("25.5")},
                Locale.ENGLISH)).isEqualTo("19.5 of 25.5 credits");
    }

    @Test
    void aDoubledApostropheStillShowsOneAndAMessageWithoutArgumentsIsShownAsWritten() {
        assertThat(messages.getMessage("guardian.open", new Object[] {"Noah"}, Locale.ENGLISH))
                .isEqualTo("See Noah's progress");
        assertThat(messages.getMessage("rule.eligibility.kindNotOffered", new Object[] {"Internship"},
                Locale.ENGLISH)).isEqualTo("Internship is not a kind of pathway the district's policy offers");
        assertThat(messages.getMessage("rule.eligibility.dates", null, Locale.ENGLISH))
                .isEqualTo("Give both a start date and an end date");
    }

    @Test
    void datesOfJavaTimeAreShownAsTheReadersLanguageWritesThem() {
        assertThat(messages.getMessage("rule.text", new Object[] {LocalDate.of(2026, 11, 23)}, Locale.ENGLISH))
                .isEqualTo("Nov 23, 2026");
        assertThat(messages.getMessage("rule.text", new Object[] {LocalDate.of(2026, 11, 23)}, new Locale("es")))
                .isEqualTo("23 nov 2026");
    }
}
