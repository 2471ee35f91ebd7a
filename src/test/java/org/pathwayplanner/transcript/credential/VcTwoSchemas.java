package org.pathwayplanner.transcript.credential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The 1EdTech JSON schemas shipped in the tests are the draft-04 copies 1EdTech's own validator (Apache-2.0) carries;
 * they were written before CLR 2.0 moved to the VC Data Model 2.0, which renamed {@code issuanceDate} to
 * {@code validFrom}. This asks for {@code validFrom} where they ask for {@code issuanceDate} — the only change made.
 */
final class VcTwoSchemas {

    private VcTwoSchemas() {
    }

    static ObjectNode issuedByValidFrom(ObjectNode schema) {
        rename(schema);
        return schema;
    }

    private static void rename(JsonNode node) {
        if (node.isObject()) {
            JsonNode required = node.get("required");
            if (required instanceof ArrayNode list) {
                for (int i = 0; i < list.size(); i++) {
                    if ("issuanceDate".equals(list.get(i).asText())) {
                        list.set(i, list.textNode("validFrom"));
                    }
                }
            }
            node.forEach(VcTwoSchemas::rename);
        } else if (node.isArray()) {
            node.forEach(VcTwoSchemas::rename);
        }
    }
}
