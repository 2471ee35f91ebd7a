package org.pathwayplanner.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.rules.Sentence;
import org.pathwayplanner.web.IcuMessageSource;

/** Rule sentences in the reader's language: plural forms, locale numbers and dates, codes by their names. */
class SentencesTest {

    static final Locale SPANISH = Locale.forLanguageTag("es");

    /** The app's bundles through the app's message source; the district names its areas in English. */
    static Sentences sentences() {
        IcuMessageSource messages = new IcuMessageSource();
        messages.setBasenames("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Map<String, String> districtNames = Map.of("STEM", "STEM", "HUMANITIES", "Humanities", "CIVICS", "Civics");
        return new Sentences(messages, code -> districtNames.getOrDefault(code, code));
    }

    final Sentences sentences = sentences();

    @Test
    void oneCreditIsSingularAndHalfACreditIsPluralInBothLanguages() {
        Sentence one = Sentence.of("rule.credits.pathwayAward", "Hospital internship", new BigDecimal("1"),
                Sentence.area("STEM"));
        Sentence half = Sentence.of("rule.credits.pathwayAward", "Hospital internship", new BigDecimal("0.5"),
                Sentence.area("STEM"));

        assertThat(sentences.english(one)).isEqualTo("Pathway \"Hospital internship\" completed: 1 credit in STEM");
        assertThat(sentences.english(half)).isEqualTo("Pathway \"Hospital internship\" completed: 0.5 credits in STEM");
        assertThat(sentences.text(half, SPANISH)).isEqualTo(
                "Vía \"Hospital internship\" completada: 0,5 créditos en Ciencia, tecnología, ingeniería y matemáticas");
    }

    @Test
    void aWholeNumberOfCreditsWrittenWithDecimalsIsStillOneCredit() {
        Sentence sentence = Sentence.of("rule.credits.notRequired", new BigDecimal("1.00"), Sentence.area("STEM"));

        assertThat(sentences.english(sentence)).startsWith("1 credit in STEM");
    }

    @Test
    void numbersDatesAndCalculationMethodsFollowTheReadersLanguage() {
        Sentence level = Sentence.of("rule.mastery.levelReaches", 3.5, Sentence.method("MOST_RECENT"), List.of(3, 4),
                3);
        Sentence flag = Sentence.of("rule.flags.intervention", 2, "Developing", "Functions",
                LocalDate.of(2026, 9, 14), 6L);

        assertThat(sentences.english(level)).isEqualTo("Level 3.5 by most recent score of scores 3, 4 reaches the threshold 3");
        assertThat(sentences.text(level, SPANISH)).startsWith("Nivel 3,5 por ").doesNotContain("MOST_RECENT");
        assertThat(sentences.english(flag)).isEqualTo(
                "2 assessments below Developing on Functions since Sep 14, 2026, not mastered after 6 weeks");
        assertThat(sentences.text(flag, SPANISH)).contains("14 sept 2026");
    }

    @Test
    void thePaceIsInPercentAndItsStatusInWords() {
        Sentence pace = Sentence.of("rule.audit.onTrack", 0.76, 0.7, 11, 0);

        assertThat(sentences.english(pace)).isEqualTo(
                "76% of required credits earned; about 70% is expected at this point of grade 11: on track");
        assertThat(sentences.text(pace, SPANISH)).containsPattern("76\\h%").contains("al día").doesNotContain("on track");
    }

    @Test
    void titlesAreJoinedAsTheLanguageJoinsThem() {
        Sentence locked = Sentence.of("rule.readiness.locked", "Quadratics", List.of("Linear equations", "Functions"),
                2);

        assertThat(sentences.english(locked)).isEqualTo("Quadratics is locked until Linear equations and Functions are mastered");
        assertThat(sentences.text(locked, SPANISH)).isEqualTo(
                "Quadratics está bloqueada hasta que se dominen Linear equations y Functions");
    }

    @Test
    void anOptionalPartIsLeftOutWhenItsCountIsZero() {
        assertThat(sentences.english(Sentence.of("rule.audit.met", 0))).isEqualTo("Every credit area's requirement is met");
        assertThat(sentences.english(Sentence.of("rule.audit.met", 1))).endsWith(
                "; 1 graduation competency in no credit bundle is still to master");
    }

    @Test
    void aSentenceInsideAnotherIsRenderedInTheSameLanguage() {
        Sentence mastered = Sentence.of("rule.readiness.mastered", "Functions",
                Sentence.of("rule.mastery.allObjectives", 3));

        assertThat(sentences.english(mastered)).isEqualTo("Functions is mastered: All 3 learning objectives mastered");
        assertThat(sentences.text(mastered, SPANISH)).isEqualTo(
                "Functions está dominada: Los 3 objetivos de aprendizaje están dominados");
    }

    @Test
    void theSystemsTimelineNotesReadInEitherLanguageAndKeepTheNamesAsWritten() {
        Sentence note = Sentence.of("timeline.secondPerson", "admin", Sentence.of("timeline.step.TeacherReview"),
                Sentence.of("timeline.step.CounselorApproval"), "goes", "counselor2");
        Sentence reminder = Sentence.of("timeline.reminder", Sentence.of("timeline.step.CounselorApproval"), 0, "");

        assertThat(sentences.english(note)).isEqualTo("admin decided the teacher review, so the counselor approval "
                + "goes to counselor2: two different people approve every proposal.");
        assertThat(sentences.text(note, SPANISH)).isEqualTo("admin decidió la revisión del docente, así que la "
                + "aprobación del orientador pasa a counselor2: dos personas distintas aprueban cada propuesta.");
        assertThat(sentences.english(reminder)).isEqualTo(
                "The counselor approval has waited too long; reminder sent");        assertThat(sentences.text(Sentence.of("timeline.shortOfHours", new BigDecimal("8.5"), new BigDecimal("40"),
                "The lab closed"), SPANISH)).isEqualTo("Por debajo de las horas planificadas (8,5 de 40): The lab closed");
    }

    @Test
    void aKeyWithNoMessageShowsItselfAndItsArguments() {
        assertThat(sentences.english(Sentence.of("rule.mastery.typo", "Functions", 3)))
                .isEqualTo("[rule.mastery.typo] Functions; 3");
    }

    @Test
    void aReasonStoredAsTextIsShownAsItIs() {
        assertThat(sentences.text(Sentence.text("It's {odd}"), SPANISH)).isEqualTo("It's {odd}");
    }
}
