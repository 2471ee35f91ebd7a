package org.pathwayplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.pathwayplanner.progress.Sentences;
import org.pathwayplanner.web.IcuMessageSource;

/**
 * What a rule said, for rule tests: its key and arguments (numbers compared by value, so 2 equals 2.00), or its
 * English text as the app renders it from the bundles (credit areas named by their codes, as the fixtures name
 * them). No Spring.
 */
final class RuleSentences {

    private static final Sentences SENTENCES;

    static {
        IcuMessageSource messages = new IcuMessageSource();
        messages.setBasenames("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        SENTENCES = new Sentences(messages, code -> code.charAt(0) + code.substring(1).toLowerCase(Locale.ROOT));
    }

    private RuleSentences() {
    }

    static String english(Sentence sentence) {
        return SENTENCES.english(sentence);
    }

    static String spanish(Sentence sentence) {
        return SENTENCES.text(sentence, Locale.forLanguageTag("es"));
    }

    /** Asserts the rule said {@code key} with {@code args}. */
    static void assertSays(Sentence said, String key, Object... args) {
        assertThat(said.key()).as("message key").isEqualTo(key);
        assertThat(said.args()).as("arguments of " + key).hasSize(args.length);
        for (int i = 0; i < args.length; i++) {
            assertArg(said.args().get(i), normalized(args[i]), key + " argument " + i);
        }
    }

    private static Object normalized(Object arg) {
        return new Sentence("x", java.util.Arrays.asList(arg)).args().get(0);
    }

    private static void assertArg(Object actual, Object expected, String what) {
        if (actual instanceof Number a && expected instanceof Number e) {
            assertThat(new BigDecimal(a.toString())).as(what).isEqualByComparingTo(new BigDecimal(e.toString()));
        } else if (actual instanceof List<?> a && expected instanceof List<?> e) {
            assertThat(a).as(what).hasSameSizeAs(e);
            for (int i = 0; i < a.size(); i++) {
                assertArg(a.get(i), e.get(i), what + "[" + i + "]");
            }
        } else {
            assertThat(actual).as(what).isEqualTo(expected);
        }
    }
}
