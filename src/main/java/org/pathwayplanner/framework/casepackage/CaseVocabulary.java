package org.pathwayplanner.framework.casepackage;

import org.pathwayplanner.framework.CaseIdentifier;

/** The CASE names this product publishes its framework with, and their stable identifiers. */
final class CaseVocabulary {

    static final String CONTENT_AREA = "Content Area";
    static final String COMPETENCY = "Competency";
    static final String LEARNING_OBJECTIVE = "Learning Objective";
    static final String STATE_STANDARD = "State Standard";

    static final String IS_CHILD_OF = "isChildOf";
    static final String PRECEDES = "precedes";
    static final String IS_RELATED_TO = "isRelatedTo";
    static final String EXACT_MATCH_OF = "exactMatchOf";

    /** The key of this product's own fields in a record's {@code extensions}. */
    static final String EXTENSION = "pathwayPlanner";

    private CaseVocabulary() {
    }

    static String itemTypeIdentifier(String type) {
        return CaseIdentifier.of("cf-item-type", type);
    }

    static String associationIdentifier(String type, String origin, String destination) {
        return CaseIdentifier.of("cf-association", type + "/" + origin + "/" + destination);
    }

    static String criterionIdentifier(String rubric) {
        return CaseIdentifier.of("cf-rubric-criterion", rubric);
    }
}
