package org.pathwayplanner.framework.casepackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.exchange.DataExchangeLog;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The district's framework as CASE 1.1: valid against 1EdTech's schema, stable, public, errors as CASE's. */
@PlannerTest
class CaseExportTests {

    static final String PACKAGE = "/ims/case/v1p1/CFPackages/" + CasePackageExport.DOCUMENT;
    static final Pattern CASE_UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    FrameworkCatalog catalog;
    @Autowired
    DataExchangeLog log;
    @Autowired
    UserDetailsService accounts;

    /** 1EdTech's CFPackage schema, with formats (uuid, date-time, date) checked as assertions. */
    static List<Error> schemaErrors(String packageJson) throws Exception {
        try (InputStream schemaFile = CaseExportTests.class.getResourceAsStream("/case/case-v1p1-cfpackage.schema.json")) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09).getSchema(schemaFile);
            return schema.validate(packageJson, InputFormat.JSON,
                    context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        }
    }

    @Test
    void theDistrictsPackageValidatesAgainstTheOfficialCase11Schema() throws Exception {
        String body = anonymously(PACKAGE);

        assertThat(schemaErrors(body)).isEmpty();
        JsonNode pkg = json.readTree(body);
        assertThat(pkg.get("CFItems")).hasSizeGreaterThan(catalog.competencies().size());
        assertThat(pkg.get("CFRubrics")).hasSize(1);
    }

    @Test
    void theSchemaCheckCatchesWhatIsWrong() throws Exception {
        String body = anonymously(PACKAGE).replaceFirst("\"identifier\":\"[0-9a-f-]+\"", "\"identifier\":\"MATH-01\"");

        assertThat(schemaErrors(body)).isNotEmpty();
    }

    @Test
    void everyIdentifierIsACaseUuidAndTheSameFromExportToExport() throws Exception {
        String first = anonymously(PACKAGE);
        String second = anonymously(PACKAGE);

        assertThat(second).isEqualTo(first);
        JsonNode pkg = json.readTree(first);
        assertThat(pkg.findValues("identifier")).allSatisfy(id -> assertThat(id.asText()).matches(CASE_UUID));
    }

    @Test
    void competenciesObjectivesAreasAndStandardsAreTypedItemsLinkedByCaseAssociations() throws Exception {
        JsonNode pkg = json.readTree(anonymously(PACKAGE));
        var competency = catalog.competencies().stream().filter(c -> c.areaCode() != null).findFirst().orElseThrow();
        JsonNode item = itemCoded(pkg, competency.code());

        assertThat(item.get("CFItemType").asText()).isEqualTo("Competency");
        assertThat(item.get("fullStatement").asText()).isEqualTo(competency.title());
        JsonNode area = itemCoded(pkg, competency.areaCode());
        assertThat(area.get("CFItemType").asText()).isEqualTo("Content Area");
        assertThat(associations(pkg, "isChildOf")).anySatisfy(a -> {
            assertThat(a.at("/originNodeURI/identifier").asText()).isEqualTo(item.get("identifier").asText());
            assertThat(a.at("/destinationNodeURI/identifier").asText()).isEqualTo(area.get("identifier").asText());
        });
        assertThat(types(pkg)).contains("Content Area", "Competency", "Learning Objective");
        assertThat(associations(pkg, "precedes")).isNotEmpty();
        JsonNode levels = pkg.at("/CFRubrics/0/CFRubricCriteria/0/CFRubricCriterionLevels");
        assertThat(StreamSupport.stream(levels.spliterator(), false).map(l -> l.get("quality").asText()))
                .containsExactly("Beginning", "Developing", "Proficient", "Advanced");
    }

    @Test
    void eachRecordIsServedByItsIdentifier() throws Exception {
        JsonNode pkg = json.readTree(anonymously(PACKAGE));
        String item = pkg.at("/CFItems/0/identifier").asText();
        String association = pkg.at("/CFAssociations/0/identifier").asText();
        String rubric = pkg.at("/CFRubrics/0/identifier").asText();

        assertThat(json.readTree(anonymously("/ims/case/v1p1/CFItems/" + item)).get("CFDocumentURI").asText())
                .endsWith("/CFDocuments/" + CasePackageExport.DOCUMENT);
        assertThat(json.readTree(anonymously("/ims/case/v1p1/CFAssociations/" + association)).get("identifier")
                .asText()).isEqualTo(association);
        assertThat(json.readTree(anonymously("/ims/case/v1p1/CFRubrics/" + rubric)).get("title").asText())
                .isEqualTo(catalog.scale().name());
        assertThat(json.readTree(anonymously("/ims/case/v1p1/CFDocuments")).at("/CFDocuments/0/identifier").asText())
                .isEqualTo(CasePackageExport.DOCUMENT);
        assertThat(json.readTree(anonymously("/ims/case/v1p1/CFDocuments/" + CasePackageExport.DOCUMENT))
                .get("caseVersion").asText()).isEqualTo("1.1");
    }

    @Test
    void anUnknownIdentifierIsAnUnknownObjectAndAMalformedOneAnInvalidSelection() throws Exception {
        String unknown = mvc.perform(get("/ims/case/v1p1/CFItems/00000000-0000-4000-8000-000000000000"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String malformed = mvc.perform(get("/ims/case/v1p1/CFItems/MATH-01"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(json.readTree(unknown).get("imsx_codeMajor").asText()).isEqualTo("failure");
        assertThat(json.readTree(unknown).at("/imsx_codeMinor/imsx_codeMinorField/0/imsx_codeMinorFieldValue").asText())
                .isEqualTo("unknownobject");
        assertThat(json.readTree(malformed).at("/imsx_codeMinor/imsx_codeMinorField/0/imsx_codeMinorFieldValue")
                .asText()).isEqualTo("invalid_selection_field");
    }

    @Test
    void anAdministratorsDownloadIsRecordedAnAnonymousOneIsNot() throws Exception {
        int before = log.newest(1000).size();
        anonymously(PACKAGE);
        assertThat(log.newest(1000)).hasSize(before);

        mvc.perform(get(PACKAGE).with(user(accounts.loadUserByUsername("admin")))).andExpect(status().isOk());

        assertThat(log.newest(1).get(0).subject()).isEqualTo("CFPackage " + CasePackageExport.DOCUMENT);
        assertThat(log.newest(1).get(0).actor()).isEqualTo("admin");
    }

    @Test
    void noStudentIsNamedInThePackage() throws Exception {
        String body = anonymously(PACKAGE);

        assertThat(json.readTree(body).fieldNames()).toIterable()
                .containsExactlyInAnyOrder("CFDocument", "CFItems", "CFAssociations", "CFDefinitions", "CFRubrics");
        assertThat(body).doesNotContain("student1", "guardian1");
    }

    private String anonymously(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    static JsonNode itemCoded(JsonNode pkg, String code) {
        return StreamSupport.stream(pkg.get("CFItems").spliterator(), false)
                .filter(i -> code.equals(i.path("humanCodingScheme").asText())).findFirst().orElseThrow();
    }

    static List<JsonNode> associations(JsonNode pkg, String type) {
        return StreamSupport.stream(pkg.get("CFAssociations").spliterator(), false)
                .filter(a -> type.equals(a.get("associationType").asText())).toList();
    }

    static List<String> types(JsonNode pkg) {
        return StreamSupport.stream(pkg.get("CFItems").spliterator(), false).map(i -> i.get("CFItemType").asText())
                .distinct().toList();
    }
}
