package org.pathwayplanner.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The district's workflows (resource name → BPMN): the diagrams packaged in the application under
 * {@code classpath:processes/}, or those of the folder named by {@code pathway-planner.processes-dir} when an
 * operator sets one. Names are the bare file names ({@code pathway-proposal.bpmn}) whichever the source, so
 * switching between them does not deploy a new version of an unchanged diagram. A folder that is named must exist.
 */
final class ShippedProcesses {

    static final String FOLDER_PROPERTY = "pathway-planner.processes-dir";
    static final String PACKAGED = "classpath:processes/";
    private static final String DIAGRAM = ".bpmn";

    private final Path folder;
    private final ResourcePatternResolver resources;

    /** @param folder the operator's folder, or {@code null} (or blank) for the packaged diagrams */
    ShippedProcesses(String folder, ResourcePatternResolver resources) {
        this.folder = folder == null || folder.isBlank() ? null : Path.of(folder);
        this.resources = resources;
    }

    Map<String, byte[]> diagrams() {
        return folder == null ? packaged() : inFolder();
    }

    /** Where the diagrams come from, for the start-up log. */
    String origin() {
        return folder == null ? PACKAGED : folder.toAbsolutePath().toString();
    }

    private Map<String, byte[]> packaged() {
        try {
            Map<String, byte[]> diagrams = new TreeMap<>();
            for (Resource resource : resources.getResources(PACKAGED + "*" + DIAGRAM)) {
                diagrams.put(resource.getFilename(), resource.getContentAsByteArray());
            }
            return diagrams;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the diagrams packaged under " + PACKAGED, e);
        }
    }

    private Map<String, byte[]> inFolder() {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("The processes folder " + folder.toAbsolutePath() + " ("
                    + FOLDER_PROPERTY + ") does not exist; unset the property to use the diagrams packaged in the "
                    + "application");
        }
        try (Stream<Path> files = Files.list(folder)) {
            Map<String, byte[]> diagrams = new TreeMap<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(DIAGRAM)).toList()) {
                diagrams.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
            return diagrams;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the diagrams of " + folder.toAbsolutePath(), e);
        }
    }
}
