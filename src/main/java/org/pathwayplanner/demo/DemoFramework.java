package org.pathwayplanner.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathwayplanner.credits.CreditBundle;
import org.pathwayplanner.credits.CreditCatalog;
import org.pathwayplanner.framework.Competency;
import org.pathwayplanner.framework.ContentArea;
import org.pathwayplanner.framework.FrameworkEditor;
import org.pathwayplanner.framework.StateStandard;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Loads the demo framework (areas, standards, competencies, objectives, prerequisites, bundles) from {@code demo/framework.txt}. */
@Component
class DemoFramework {

    static final String CROSS_CURRICULAR = "CC";

    private final FrameworkEditor editor;
    private final CreditCatalog credits;

    DemoFramework(FrameworkEditor editor, CreditCatalog credits) {
        this.editor = editor;
        this.credits = credits;
    }

    /** Competency ids by code, in file order. */
    Map<String, Long> load() {
        Map<String, StateStandard> standards = new HashMap<>();
        Map<String, Competency> competencies = new java.util.LinkedHashMap<>();
        Map<String, List<String>> prerequisites = new HashMap<>();
        ContentArea area = null;
        Competency current = null;
        List<String[]> bundles = new ArrayList<>();
        for (String line : lines()) {
            char kind = line.charAt(0);
            String[] f = fields(line.substring(1));
            switch (kind) {
                case '§' -> standards.put(f[0], editor.addStandard(f[0], f[1]));
                case '=' -> area = f[0].equals(CROSS_CURRICULAR) ? null : editor.addArea(f[0], f[1]);
                case '*' -> {
                    int grade = Integer.parseInt(f[2]);
                    current = area == null ? Competency.crossCurricular(f[0], f[1], grade)
                            : Competency.inArea(area, f[0], f[1], grade);
                    for (String code : words(f, 4)) {
                        current.alignTo(standards.get(code));
                    }
                    competencies.put(f[0], current);
                    prerequisites.put(f[0], words(f, 3));
                }
                case '-' -> current.addObjective(current.getCode() + "." + (current.getObjectives().size() + 1),
                        f[0], 1, true);
                case '$' -> bundles.add(f);
                default -> throw new IllegalStateException("Unknown line in demo framework: " + line);
            }
        }
        competencies.values().forEach(editor::addCompetency);
        prerequisites.forEach((code, required) -> required.forEach(p ->
                editor.addPrerequisite(competencies.get(code).getId(), competencies.get(p).getId())));
        for (String[] b : bundles) {
            CreditBundle bundle = new CreditBundle(b[0], b[1], credits.area(b[2]), new BigDecimal(b[3]),
                    words(b, 4).stream().map(code -> competencies.get(code).getId()).toList());
            List<String> flags = words(b, 5);
            if (flags.contains("partial")) {
                bundle.allowingPartialCredit();
            }
            if (flags.contains("shared")) {
                bundle.sharingCompetencies();
            }
            credits.addBundle(bundle);
        }
        Map<String, Long> ids = new java.util.LinkedHashMap<>();
        competencies.forEach((code, c) -> ids.put(code, c.getId()));
        return ids;
    }

    private static List<String> lines() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/framework.txt").getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] fields(String rest) {
        return Arrays.stream(rest.split("\\|", -1)).map(String::strip).toArray(String[]::new);
    }

    private static List<String> words(String[] f, int index) {
        return index < f.length && !f[index].isBlank() ? List.of(f[index].split("\\s+")) : List.of();
    }
}
