package org.pathwayplanner.policy;

import java.util.Map;
import org.pathwayplanner.rules.PolicyJson;

/** The policy form's fields as a browser sends them for a policy document, for tests outside this package. */
public final class PolicyFormFields {

    private PolicyFormFields() {
    }

    public static Map<String, String> of(String policyJson) {
        return PolicyFormInput.values(PolicyJson.read(policyJson).document());
    }
}
