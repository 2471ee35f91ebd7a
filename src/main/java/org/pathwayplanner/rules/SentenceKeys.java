package org.pathwayplanner.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every sentence a rule says has its words in both languages: each {@code Sentence.of("rule.…", …)} of a rule file
 * names, in quotes, a key that the English and the Spanish message bundles hold. A rule file with a key missing
 * from either bundle (or written other than in quotes) is refused with its line, as a compile error would be, so
 * a rule edited at runtime never shows a page a message that does not exist.
 */
final class SentenceKeys {

    private static final Pattern SAYS = Pattern.compile("\\bSentence\\s*\\.\\s*of\\s*\\(\\s*(\"([^\"\\\\]*)\")?");
    private static final Properties ENGLISH = bundle("/messages.properties");
    private static final Properties SPANISH = bundle("/messages_es.properties");

    private SentenceKeys() {
    }

    static List<RuleProblem> check(Map<String, String> files) {
        List<RuleProblem> problems = new ArrayList<>();
        files.forEach((file, text) -> {
            if (file.endsWith(".drl") || file.endsWith(".drl.csv")) {
                problems.addAll(checkFile(file, text));
            }
        });
        return problems;
    }

    static List<RuleProblem> checkFile(String file, String text) {
        List<RuleProblem> problems = new ArrayList<>();
        String code = withoutComments(text);
        Matcher says = SAYS.matcher(code);
        while (says.find()) {
            int line = lineOf(code, says.start());
            String key = says.group(2);
            if (key == null) {
                problems.add(new RuleProblem(file, line, "Sentence.of takes the message key first, in quotes, "
                        + "such as Sentence.of(\"rule.mastery.levelReaches\", …)"));
            } else if (!key.startsWith(Sentence.PREFIX)) {
                problems.add(new RuleProblem(file, line, "The message key " + key + " of a rule's sentence starts "
                        + "with " + Sentence.PREFIX + " (see the list in docs/rules.md)"));
            } else if (!ENGLISH.containsKey(key) || !SPANISH.containsKey(key)) {
                problems.add(new RuleProblem(file, line, "There is no message " + key + " in "
                        + (!ENGLISH.containsKey(key) ? "English (messages.properties)" : "")
                        + (!ENGLISH.containsKey(key) && !SPANISH.containsKey(key) ? " nor in " : "")
                        + (!SPANISH.containsKey(key) ? "Spanish (messages_es.properties)" : "")
                        + ": use a key listed in docs/rules.md, or add the message to both bundles first"));
            }
        }
        return problems;
    }

    /** The text with comments blanked out (line breaks kept, so lines still count); string literals untouched. */
    private static String withoutComments(String text) {
        StringBuilder code = new StringBuilder(text);
        boolean inString = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '/') {
                while (i < code.length() && code.charAt(i) != '\n') {
                    code.setCharAt(i++, ' ');
                }
            } else if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '*') {
                while (i < code.length() && !(code.charAt(i) == '*' && i + 1 < code.length()
                        && code.charAt(i + 1) == '/')) {
                    if (code.charAt(i) != '\n') {
                        code.setCharAt(i, ' ');
                    }
                    i++;
                }
                if (i + 1 < code.length()) {
                    code.setCharAt(i, ' ');
                    code.setCharAt(i + 1, ' ');
                    i++;
                }
            }
        }
        return code.toString();
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static Properties bundle(String resource) {
        Properties messages = new Properties();
        try (InputStream in = SentenceKeys.class.getResourceAsStream(resource)) {
            if (in != null) {
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages;
    }
}
