package org.pathwayplanner.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pathwayplanner.rules.RuleProblem;

/**
 * Keeps administrators' rules to a safe subset of DRL: they may import only the rule facts and the
 * value types of java.util, java.math and java.time, and may not name the file system, the network,
 * processes, threads, class loading or reflection anywhere in the text. This is a guard against
 * mistakes and casual misuse by a trusted administrator, not a sandbox against a determined attacker.
 */
final class RuleSafety {

    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:function\\s+)?([\\w.*$]+)", Pattern.MULTILINE);
    private static final List<String> ALLOWED_IMPORTS = List.of("org.pathwayplanner.rules.", "java.util.",
            "java.math.", "java.time.");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(java\\.io|java\\.nio|java\\.net|java\\.lang\\.reflect|java\\.lang\\.invoke|javax?\\.script|"
                    + "System|Runtime|ProcessBuilder|Thread|ClassLoader|Class\\.forName|getClass|exec|exit|"
                    + "Files|Paths|Socket|URL|URI|HttpClient)\\b");

    private RuleSafety() {
    }

    static List<RuleProblem> check(Map<String, String> files) {
        List<RuleProblem> problems = new ArrayList<>();
        files.forEach((file, text) -> {
            if (!file.matches("[\\w-]+\\.drl(\\.csv)?")) {
                problems.add(new RuleProblem(file, 0, "A rule file is named like mastery.drl or limits.drl.csv"));
            }
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                Matcher imported = IMPORT.matcher(line);
                if (imported.find() && ALLOWED_IMPORTS.stream().noneMatch(imported.group(1)::startsWith)) {
                    problems.add(new RuleProblem(file, i + 1, "Rules may import only org.pathwayplanner.rules, "
                            + "java.util, java.math and java.time, not " + imported.group(1)));
                }
                Matcher forbidden = FORBIDDEN.matcher(withoutComment(line));
                if (forbidden.find()) {
                    problems.add(new RuleProblem(file, i + 1, "Rules may not use " + forbidden.group(1)
                            + ": no file, network, process, thread or reflection access from a rule"));
                }
            }
        });
        return problems;
    }

    private static String withoutComment(String line) {
        int comment = line.indexOf("//");
        return comment < 0 ? line : line.substring(0, comment);
    }
}
