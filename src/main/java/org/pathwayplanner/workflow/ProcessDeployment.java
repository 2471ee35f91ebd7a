package org.pathwayplanner.workflow;

import java.io.ByteArrayInputStream;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every shipped diagram ({@link ShippedProcesses}) when the application starts. Resources are named by
 * file name and duplicates are filtered, so an unchanged diagram is not redeployed and a changed one becomes a
 * new version (running instances stay on theirs).
 */
@Component
class ProcessDeployment implements InitializingBean {

    static final String DEPLOYMENT_NAME = "pathway-planner-processes";
    /** Duplicate filtering compares with the last deployment of the same name and source: both stay as they were. */
    private static final String DEPLOYMENT_SOURCE = "processes folder";
    private static final Logger log = LoggerFactory.getLogger(ProcessDeployment.class);

    private final RepositoryService repositoryService;
    private final ShippedProcesses shipped;

    ProcessDeployment(RepositoryService repositoryService,
            @Value("${" + ShippedProcesses.FOLDER_PROPERTY + ":}") String folder, ResourcePatternResolver resources) {
        this.repositoryService = repositoryService;
        this.shipped = new ShippedProcesses(folder, resources);
    }

    @Override
    public void afterPropertiesSet() {
        Map<String, byte[]> diagrams = shipped.diagrams();
        if (diagrams.isEmpty()) {
            log.warn("No BPMN diagram in {}: no workflow can start", shipped.origin());
            return;
        }
        DeploymentBuilder deployment = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(DEPLOYMENT_SOURCE)
                .enableDuplicateFiltering(true);
        diagrams.forEach((name, bpmn) -> deployment.addInputStream(name, new ByteArrayInputStream(bpmn)));
        DeploymentWithDefinitions result = deployment.deployWithResult();
        log.info("Deployed {} process diagram(s) from {}: {} new definition(s)", diagrams.size(), shipped.origin(),
                result.getDeployedProcessDefinitions() == null ? 0 : result.getDeployedProcessDefinitions().size());
    }
}
