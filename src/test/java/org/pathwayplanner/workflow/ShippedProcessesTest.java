package org.pathwayplanner.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The workflows come from the application itself unless an operator names a folder; names stay bare. */
class ShippedProcessesTest {

    private final PathMatchingResourcePatternResolver classpath = new PathMatchingResourcePatternResolver();

    @Test
    void withoutAFolderTheDiagramsPackagedInTheApplicationAreTheProcessesFolderUnderTheSameNames() throws Exception {
        ShippedProcesses shipped = new ShippedProcesses(null, classpath);

        var diagrams = shipped.diagrams();

        assertThat(shipped.origin()).isEqualTo("classpath:processes/");
        assertThat(diagrams).containsOnlyKeys("pathway-proposal.bpmn", "student-plan.bpmn",
                "district-recomputation.bpmn", "transcript-release.bpmn");
        for (String name : diagrams.keySet()) {
            assertThat(diagrams.get(name)).as(name).isEqualTo(Files.readAllBytes(Path.of("processes", name)));
        }
    }

    @Test
    void aFolderNamedByTheOperatorIsReadUnderTheSameBareNames(@TempDir Path folder) throws Exception {
        Files.copy(Path.of("processes/pathway-proposal.bpmn"), folder.resolve("pathway-proposal.bpmn"));
        Files.writeString(folder.resolve("readme.txt"), "not a diagram");

        assertThat(new ShippedProcesses(folder.toString(), classpath).diagrams())
                .containsOnlyKeys("pathway-proposal.bpmn");
    }

    @Test
    void aFolderThatDoesNotExistStopsTheStartNamingTheSetting(@TempDir Path parent) {
        Path missing = parent.resolve("procesos");

        assertThatThrownBy(() -> new ShippedProcesses(missing.toString(), classpath).diagrams())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(missing.toAbsolutePath().toString())
                .hasMessageContaining("pathway-planner.processes-dir");
    }
}
