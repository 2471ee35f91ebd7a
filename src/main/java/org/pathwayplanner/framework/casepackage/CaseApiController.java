package org.pathwayplanner.framework.casepackage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.Principal;
import java.util.regex.Pattern;
import org.pathwayplanner.exchange.DataExchangeLog;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The district's framework over 1EdTech's CASE 1.1 REST binding, read-only and public: a framework is published
 * for other systems (LMSs, state reporting, other districts) to align to, and nothing here reaches a student, a
 * score or a person. An unknown identifier is answered 404 and a malformed one 400, both as CASE's
 * {@code imsx_StatusInfo}. An administrator's download is recorded in the data exchange log.
 */
@RestController
@RequestMapping(value = CaseApiController.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
class CaseApiController {

    static final String BASE = "/ims/case/v1p1";
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final CasePackageExport export;
    private final DataExchangeLog log;
    private final ObjectMapper json;

    CaseApiController(CasePackageExport export, DataExchangeLog log, ObjectMapper json) {
        this.export = export;
        this.log = log;
        this.json = json;
    }

    @GetMapping("/CFPackages/{sourcedId}")
    ResponseEntity<JsonNode> cfPackage(@PathVariable String sourcedId, Authentication who) {
        return answer(sourcedId, pkg -> CasePackageExport.DOCUMENT.equals(sourcedId) ? pkg : null, who);
    }

    @GetMapping("/CFDocuments")
    ResponseEntity<JsonNode> cfDocuments() {
        ObjectNode answer = json.createObjectNode();
        answer.putArray("CFDocuments").add(pkg().get("CFDocument"));
        return ResponseEntity.ok(answer);
    }

    @GetMapping("/CFDocuments/{sourcedId}")
    ResponseEntity<JsonNode> cfDocument(@PathVariable String sourcedId) {
        return answer(sourcedId, pkg -> CasePackageExport.DOCUMENT.equals(sourcedId) ? pkg.get("CFDocument") : null,
                null);
    }

    @GetMapping("/CFItems/{sourcedId}")
    ResponseEntity<JsonNode> cfItem(@PathVariable String sourcedId) {
        return answer(sourcedId, pkg -> {
            ObjectNode item = find(pkg.get("CFItems"), sourcedId);
            if (item != null) {
                item.put("CFDocumentURI", pkg.get("CFDocument").get("uri").asText());
            }
            return item;
        }, null);
    }

    @GetMapping("/CFAssociations/{sourcedId}")
    ResponseEntity<JsonNode> cfAssociation(@PathVariable String sourcedId) {
        return answer(sourcedId, pkg -> find(pkg.get("CFAssociations"), sourcedId), null);
    }

    @GetMapping("/CFRubrics/{sourcedId}")
    ResponseEntity<JsonNode> cfRubric(@PathVariable String sourcedId) {
        return answer(sourcedId, pkg -> find(pkg.get("CFRubrics"), sourcedId), null);
    }

    @GetMapping("/CFItemTypes/{sourcedId}")
    ResponseEntity<JsonNode> cfItemType(@PathVariable String sourcedId) {
        return answer(sourcedId, pkg -> find(pkg.get("CFDefinitions").get("CFItemTypes"), sourcedId), null);
    }

    private ResponseEntity<JsonNode> answer(String sourcedId, java.util.function.Function<ObjectNode, JsonNode> pick,
            Authentication who) {
        if (!UUID.matcher(sourcedId).matches()) {
            return status(HttpStatus.BAD_REQUEST, "invalid_selection_field",
                    "The identifier " + sourcedId + " is not a UUID");
        }
        JsonNode found = pick.apply(pkg());
        if (found == null) {
            return status(HttpStatus.NOT_FOUND, "unknownobject", "Nothing has the identifier " + sourcedId);
        }
        if (who != null && who.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()))) {
            log.exported(((Principal) who).getName(), "CASE 1.1", "CFPackage " + sourcedId,
                    found.path("CFItems").size() + " items, " + found.path("CFAssociations").size() + " associations");
        }
        return ResponseEntity.ok(found);
    }

    private ObjectNode pkg() {
        return export.cfPackage(ServletUriComponentsBuilder.fromCurrentContextPath().path(BASE).toUriString());
    }

    private static ObjectNode find(JsonNode array, String identifier) {
        for (JsonNode node : array) {
            if (identifier.equalsIgnoreCase(node.path("identifier").asText())) {
                return (ObjectNode) node;
            }
        }
        return null;
    }

    /** CASE's {@code imsx_StatusInfo}: a failure, its severity, what happened, and the minor code naming why. */
    private ResponseEntity<JsonNode> status(HttpStatus status, String minor, String description) {
        ObjectNode info = json.createObjectNode();
        info.put("imsx_codeMajor", "failure");
        info.put("imsx_severity", "error");
        info.put("imsx_description", description);
        ObjectNode field = info.putObject("imsx_codeMinor").putArray("imsx_codeMinorField").addObject();
        field.put("imsx_codeMinorFieldName", "sourcedId");
        field.put("imsx_codeMinorFieldValue", minor);
        return ResponseEntity.status(status).body(info);
    }
}
