package org.pathwayplanner.workflow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Deploys every {@code *.bpmn} in the processes folder when the application starts. Resources are
 * named relative to the folder and duplicates are filtered, so an unchanged diagram is not
 * redeployed and a changed one becomes a new version (running instances stay on theirs).
 */
@Component
class ProcessFolderDeployment implements InitializingBean {

    static final String DEPLOYMENT_NAME = "pathway-planner-processes";
    private static final Logger log = LoggerFactory.getLogger(ProcessFolderDeployment.class);

    private final RepositoryService repositoryService;
    private final Path folder;

    ProcessFolderDeployment(RepositoryService repositoryService,
            @Value("${pathway-planner.processes-dir:processes}") Path folder) {
        this.repositoryService = repositoryService;
        this.folder = folder;
    }

    @Override
    public void afterPropertiesSet() {
        List<Path> diagrams = diagramsIn(folder);
        if (diagrams.isEmpty()) {
            log.warn("No BPMN diagram in {}: no workflow can start", folder.toAbsolutePath());
            return;
        }
        DeploymentBuilder deployment = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("processes folder")
                .enableDuplicateFiltering(true);
        for (Path diagram : diagrams) {
            deployment.addInputStream(folder.relativize(diagram).toString(), read(diagram));
        }
        DeploymentWithDefinitions result = deployment.deployWithResult();
        log.info("Deployed {} process diagram(s) from {}: {} new definition(s)", diagrams.size(),
                folder.toAbsolutePath(), result.getDeployedProcessDefinitions() == null ? 0
                        : result.getDeployedProcessDefinitions().size());
    }

    private static List<Path> diagramsIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("The processes folder " + folder.toAbsolutePath() + " does not exist");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".bpmn")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream read(Path diagram) {
        try {
            return new ByteArrayInputStream(Files.readAllBytes(diagram));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + diagram, e);
        }
    }
}
