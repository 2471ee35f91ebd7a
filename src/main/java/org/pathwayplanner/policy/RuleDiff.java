package org.pathwayplanner.policy;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Unified line diffs, file by file, between two versions of the rules. */
final class RuleDiff {

    /** One file's differences; an empty list of lines means the file is the same. */
    record FileDiff(String file, String change, List<String> lines) {
    }

    private RuleDiff() {
    }

    static List<FileDiff> between(Map<String, String> from, Map<String, String> to, String fromName, String toName) {
        List<FileDiff> diffs = new ArrayList<>();
        for (String file : new TreeSet<>(union(from, to))) {
            List<String> before = lines(from.get(file));
            List<String> after = lines(to.get(file));
            List<String> unified = UnifiedDiffUtils.generateUnifiedDiff(fromName + "/" + file, toName + "/" + file,
                    before, DiffUtils.diff(before, after), 3);
            String change = !from.containsKey(file) ? "added" : !to.containsKey(file) ? "removed"
                    : unified.isEmpty() ? "unchanged" : "changed";
            diffs.add(new FileDiff(file, change, unified));
        }
        return diffs;
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        List<String> names = new ArrayList<>(a.keySet());
        names.addAll(b.keySet());
        return names;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : List.of(text.split("\n", -1));
    }
}
