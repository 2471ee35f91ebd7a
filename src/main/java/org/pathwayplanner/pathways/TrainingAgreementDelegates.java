package org.pathwayplanner.pathways;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of the training agreement in processes/pathway-proposal.bpmn, each calling {@link TrainingAgreements}. */
@Configuration
class TrainingAgreementDelegates {

    static final String AGREEMENT_NEEDED = "agreementNeeded";

    /** Generates the agreement when a mentor is invited; the gateway "Agreement needed?" routes by the answer. */
    @Bean
    JavaDelegate prepareTrainingAgreement(TrainingAgreements agreements) {
        return execution -> execution.setVariable(AGREEMENT_NEEDED, agreements.prepare(proposalId(execution)));
    }

    @Bean
    JavaDelegate remindToSign(TrainingAgreements agreements) {
        return execution -> agreements.remind(proposalId(execution));
    }

    private static long proposalId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ProcessVariables.PROPOSAL_ID)).longValue();
    }
}
