package org.pathwayplanner.framework.casepackage;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A CASE package as read from a file: only the fields the import uses, every one optional, anything else ignored
 * (packages in the wild carry fields outside the 1.1 schema, e.g. OpenSALT's {@code CFDocumentURI} on every item
 * and {@code educationalLevel} as a single string).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record CfPackage(@JsonProperty("CFDocument") Document document, @JsonProperty("CFItems") List<Item> items,
        @JsonProperty("CFAssociations") List<Association> associations) {

    CfPackage {
        items = items == null ? List.of() : items;
        associations = associations == null ? List.of() : associations;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Document(String identifier, String title, String creator) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(String identifier, String fullStatement, String abbreviatedStatement, String humanCodingScheme,
            String notes, @JsonProperty("CFItemType") String type, @JsonProperty("CFItemTypeURI") Link typeUri,
            @JsonAlias("educationalLevel") List<String> educationLevel, String statusEndDate, JsonNode extensions) {

        /** The item's type by name: {@code CFItemType}, else the title of {@code CFItemTypeURI}. */
        String typeName() {
            if (type != null && !type.isBlank()) {
                return type.strip();
            }
            return typeUri != null && typeUri.title() != null && !typeUri.title().isBlank() ? typeUri.title().strip()
                    : "";
        }

        /** This product's own fields, when the package was exported by it. */
        JsonNode ours() {
            return extensions == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance()
                    : extensions.path(CaseVocabulary.EXTENSION);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Association(String identifier, String associationType, Integer sequenceNumber,
            @JsonProperty("originNodeURI") Link origin, @JsonProperty("destinationNodeURI") Link destination) {

        String from() {
            return origin == null || origin.identifier() == null ? "" : origin.identifier().toLowerCase();
        }

        String to() {
            return destination == null || destination.identifier() == null ? "" : destination.identifier().toLowerCase();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Link(String title, String identifier, String uri) {
    }
}
