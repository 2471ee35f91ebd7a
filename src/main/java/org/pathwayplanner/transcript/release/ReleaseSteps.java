package org.pathwayplanner.transcript.release;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of processes/transcript-release.bpmn, one bean each, each calling one step of
 * {@link TranscriptReleases} with the process's few variables.
 */
@Configuration
class ReleaseSteps {

    /** ReleaseDocuments: snapshot the documents, record the disclosure, queue the recipient's e-mail. */
    @Bean
    JavaDelegate releaseDocuments(TranscriptReleases releases) {
        return execution -> releases.disclose(releaseId(execution), new Viewer(text(execution, "decidedBy"),
                Role.valueOf(text(execution, "decidedByRole"))), Locale.forLanguageTag(text(execution, "language")));
    }

    /** RecordDecline: the decline and its reason, which the requester hears of. */
    @Bean
    JavaDelegate recordReleaseDecline(TranscriptReleases releases) {
        return execution -> releases.recordDecline(releaseId(execution), text(execution, "decidedBy"),
                text(execution, "reason"));
    }

    /** RemindCounselor: the request waited past its due date. */
    @Bean
    JavaDelegate remindOfRelease(TranscriptReleases releases) {
        return execution -> releases.overdue(releaseId(execution), counselors(execution));
    }

    private static long releaseId(DelegateExecution execution) {
        return ((Number) execution.getVariable("releaseId")).longValue();
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? "" : value.toString();
    }

    private static List<String> counselors(DelegateExecution execution) {
        return Arrays.stream(text(execution, "counselors").split(",")).filter(s -> !s.isBlank()).toList();
    }
}
