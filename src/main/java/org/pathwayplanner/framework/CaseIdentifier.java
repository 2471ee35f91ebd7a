package org.pathwayplanner.framework;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The stable external identifier of a framework item (1EdTech CASE {@code identifier}): a name-based
 * UUID derived from the kind of item and its code, so the same framework generated twice carries the
 * same identifiers. Once assigned it never changes; codes are therefore fixed when an item is created.
 */
public final class CaseIdentifier {

    private static final String NAMESPACE = "pathway-planner/";

    private CaseIdentifier() {
    }

    /** For example {@code of("competency", "MATH-01")}. */
    public static String of(String kind, String code) {
        return UUID.nameUUIDFromBytes((NAMESPACE + kind + "/" + code).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
