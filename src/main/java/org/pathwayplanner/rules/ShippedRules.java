package org.pathwayplanner.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The district's starting rules (file name → text): the rule files packaged in the application under
 * {@code classpath:rules/}, or those of the folder named by {@code pathway-planner.rules-dir} when an operator
 * sets one. A folder that is named must exist: a typo stops the start instead of quietly using the packaged rules.
 */
final class ShippedRules {

    static final String FOLDER_PROPERTY = "pathway-planner.rules-dir";
    static final String PACKAGED = "classpath:rules/";

    private final Path folder;
    private final ResourcePatternResolver resources;

    /** @param folder the operator's folder, or {@code null} (or blank) for the packaged rules */
    ShippedRules(String folder, ResourcePatternResolver resources) {
        this.folder = folder == null || folder.isBlank() ? null : Path.of(folder);
        this.resources = resources;
    }

    Map<String, String> files() {
        if (folder == null) {
            return packaged();
        }
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("The rules folder " + folder.toAbsolutePath() + " (" + FOLDER_PROPERTY
                    + ") does not exist; unset the property to use the rules packaged in the application");
        }
        return RuleBook.read(folder);
    }

    /** Where the rules come from, for the start-up log. */
    String origin() {
        return folder == null ? PACKAGED : folder.toAbsolutePath().toString();
    }

    private Map<String, String> packaged() {
        try {
            Map<String, String> files = new TreeMap<>();
            for (Resource resource : resources.getResources(PACKAGED + "*")) {
                String name = resource.getFilename();
                if (name != null && RuleBook.isRuleFile(Path.of(name))) {
                    files.put(name, resource.getContentAsString(StandardCharsets.UTF_8));
                }
            }
            if (files.isEmpty()) {
                throw new IllegalStateException("No rule file is packaged under " + PACKAGED
                        + ": build the application with Maven, or name a folder with " + FOLDER_PROPERTY);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the rules packaged under " + PACKAGED, e);
        }
    }
}
