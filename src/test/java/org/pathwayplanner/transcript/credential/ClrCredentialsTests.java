package org.pathwayplanner.transcript.credential;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.transcript.TranscriptDocument;
import org.pathwayplanner.transcript.Transcripts;
import org.pathwayplanner.transcript.credential.Verification.Finding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A student's transcript as a signed CLR 2.0: what it holds (an OB 3.0 achievement credential per mastered
 * competency, aligned to its CASE item, with the district's scale and the level reached; credits and pathways; the
 * hierarchy), that it validates against 1EdTech's JSON schemas, that it verifies, and that any change to a signed
 * field is caught with a reason.
 */
@PlannerTest
class ClrCredentialsTests {

    private static final Logger log = LoggerFactory.getLogger(ClrCredentialsTests.class);

    @Autowired
    ClrCredentials credentials;
    @Autowired
    CredentialVerifier verifier;
    @Autowired
    Transcripts transcripts;
    @Autowired
    PeopleDirectory people;
    @Autowired
    FrameworkCatalog framework;
    @Autowired
    CredentialSettings settings;
    @Autowired
    ObjectMapper json;

    Viewer senior = new Viewer("student.senior", Role.STUDENT);
    long seniorId;
    String signed;

    @BeforeEach
    void signTheSeniorsTranscript() {
        seniorId = people.studentOfAccount("student.senior").orElseThrow().id();
        signed = credentials.signedClr(senior, seniorId);
    }

    @Test
    void theSignedTranscriptIsAuthenticIssuedByTheDistrictForTheStudent() {
        Verification verification = verifier.verify(bytes(signed));

        assertThat(verification.finding()).isEqualTo(Finding.AUTHENTIC);
        TranscriptDocument doc = transcripts.of(senior, seniorId);
        assertThat(verification.issuerName()).isEqualTo("Riverside Unified School District");
        assertThat(verification.learnerName()).isEqualTo(doc.learner().name());
        assertThat(verification.issuedAt()).isNotNull();
        assertThat(verification.keyId()).startsWith(settings.did() + "#z6Mk");
    }

    @Test
    void eachMasteredCompetencyIsAnAchievementCredentialAlignedToItsCaseItemWithTheScaleAndTheLevelReached()
            throws Exception {
        JsonNode clr = json.readTree(signed);
        TranscriptDocument doc = transcripts.of(senior, seniorId);
        List<JsonNode> competencies = new ArrayList<>();
        clr.at("/credentialSubject/verifiableCredential").forEach(c -> {
            if ("Competency".equals(c.at("/credentialSubject/achievement/achievementType").asText())) {
                competencies.add(c);
            }
        });

        assertThat(clr.get("@context")).extracting(JsonNode::asText).startsWith(
                "https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        assertThat(clr.get("type")).extracting(JsonNode::asText).containsExactly("VerifiableCredential",
                "ClrCredential");
        assertThat(clr.at("/issuer/id").asText()).isEqualTo(settings.did());
        assertThat(clr.at("/proof/cryptosuite").asText()).isEqualTo("eddsa-rdfc-2022");
        assertThat(competencies).hasSize(doc.competenciesMastered()).isNotEmpty();
        String caseId = framework.competencyCaseIdentifiers().get(doc.areas().get(0).competencies().get(0).id());
        JsonNode first = competencies.stream().filter(c -> c.at("/credentialSubject/achievement/alignment/0/targetUrl")
                .asText().endsWith("/ims/case/v1p1/CFItems/" + caseId)).findFirst().orElseThrow();
        JsonNode achievement = first.at("/credentialSubject/achievement");
        assertThat(achievement.at("/alignment/0/targetType").asText()).isEqualTo("CFItem");
        assertThat(achievement.at("/criteria/narrative").asText()).contains("Proficient");
        assertThat(achievement.at("/resultDescription/0/resultType").asText()).isEqualTo("RubricCriterionLevel");
        assertThat(achievement.at("/resultDescription/0/rubricCriterionLevel")).extracting(l -> l.get("name").asText())
                .containsExactlyElementsOf(doc.scale().stream().map(TranscriptDocument.ScaleLevel::label).toList());
        String achievedLevel = first.at("/credentialSubject/result/0/achievedLevel").asText();
        assertThat(achievement.at("/resultDescription/0/rubricCriterionLevel")).anySatisfy(
                l -> assertThat(l.get("id").asText()).isEqualTo(achievedLevel));
        assertThat(clr.at("/credentialSubject/achievement")).anySatisfy(
                a -> assertThat(a.get("achievementType").asText()).isEqualTo("ext:CreditArea"));
        assertThat(clr.at("/credentialSubject/association")).hasSize(doc.competenciesMastered())
                .allSatisfy(a -> assertThat(a.get("associationType").asText()).isEqualTo("isParentOf"));
    }

    @Test
    void theCredentialsValidateAgainst1EdTechsClrAndOpenBadgesSchemas() throws Exception {
        JsonNode clr = json.readTree(signed);

        assertThat(schemaErrors("clr_v2p0_clrcredential_schema_draft4.json", clr)).isEmpty();
        for (JsonNode achievement : clr.at("/credentialSubject/verifiableCredential")) {
            assertThat(schemaErrors("ob_v3p0_achievementcredential_schema_draft4.json", achievement)).isEmpty();
        }
        ObjectNode broken = (ObjectNode) clr.deepCopy();
        ((ObjectNode) broken.at("/credentialSubject/achievement/0")).remove("criteria");
        assertThat(schemaErrors("clr_v2p0_clrcredential_schema_draft4.json", broken)).isNotEmpty();
        ObjectNode brokenAchievement = (ObjectNode) clr.at("/credentialSubject/verifiableCredential/0").deepCopy();
        ((ObjectNode) brokenAchievement.at("/credentialSubject/achievement/alignment/0")).remove("targetUrl");
        assertThat(schemaErrors("ob_v3p0_achievementcredential_schema_draft4.json", brokenAchievement)).isNotEmpty();
    }

    @Test
    void aChangeToAnySignedFieldIsRefusedWithTheReason() {
        assertThat(tampered(c -> level(c, "Beginning"))).isEqualTo(Finding.ALTERED);
        assertThat(tampered(c -> ((ObjectNode) c.at("/credentialSubject/identifier/0")).put("identityHash",
                "Somebody Else"))).isEqualTo(Finding.ALTERED);
        assertThat(tampered(c -> c.put("validFrom", "2020-01-01T00:00:00Z"))).isEqualTo(Finding.ALTERED);
        assertThat(tampered(c -> ((ObjectNode) c.get("issuer")).put("name", "Diploma Mill Academy")))
                .isEqualTo(Finding.ALTERED);
        assertThat(tampered(c -> ((ObjectNode) c.at("/credentialSubject/verifiableCredential/0/credentialSubject"
                + "/achievement")).put("name", "Calculus III"))).isEqualTo(Finding.ALTERED);
        assertThat(tampered(c -> ((ObjectNode) c.get("proof")).put("created", "2026-01-01T00:00:00Z")))
                .isEqualTo(Finding.ALTERED);
        assertThat(tampered(c -> {
            String value = c.at("/proof/proofValue").asText();
            char last = value.charAt(value.length() - 1);
            ((ObjectNode) c.get("proof")).put("proofValue",
                    value.substring(0, value.length() - 1) + (last == 'A' ? 'B' : 'A'));
        })).isEqualTo(Finding.ALTERED);
        assertThat(tampered(c -> c.put("validFrom", "2999-01-01T00:00:00Z"))).isEqualTo(Finding.NOT_YET_VALID);
        assertThat(tampered(c -> c.remove("proof"))).isEqualTo(Finding.NO_PROOF);
        assertThat(tampered(c -> c.putArray("@context").add("https://www.w3.org/ns/credentials/v2")
                .add("https://example.org/evil-context.jsonld"))).isEqualTo(Finding.UNSUPPORTED_CONTEXT);
        assertThat(tampered(c -> ((ObjectNode) c.get("issuer")).put("id", "did:web:diploma-mill.example")))
                .isEqualTo(Finding.OTHER_ISSUER);
    }

    @Test
    void aChangedByteAnywhereInTheSignedTextIsRefused() {
        String name = transcripts.of(senior, seniorId).learner().name();
        String changed = signed.replace(name, name.substring(0, name.length() - 1) + "x");

        assertThat(changed).isNotEqualTo(signed);
        assertThat(verifier.verify(bytes(changed)).finding()).isEqualTo(Finding.ALTERED);
    }

    @Test
    void whatIsNotACredentialIsRefusedAsSuch() {
        assertThat(verifier.verify(bytes("%PDF-1.7 not json")).finding()).isEqualTo(Finding.NOT_JSON);
        assertThat(verifier.verify(bytes("[1, 2]")).finding()).isEqualTo(Finding.NOT_JSON);
        assertThat(verifier.verify(bytes("{\"a\": 1}")).finding()).isEqualTo(Finding.NOT_A_CREDENTIAL);
        assertThat(verifier.verify(bytes("{\"a\": 1, \"a\": 2}")).finding()).isEqualTo(Finding.NOT_JSON);
        assertThat(verifier.verify(bytes("[".repeat(5000) + "]".repeat(5000))).finding()).isEqualTo(Finding.NOT_JSON);
        assertThat(verifier.verify(new byte[CredentialVerifier.MAX_BYTES + 1]).finding())
                .isEqualTo(Finding.TOO_LARGE);
    }

    @Test
    void signingOneStudentsRecordIsFastEnoughForAClassBatch() {
        int runs = 5;
        long started = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            credentials.signedClr(senior, seniorId);
        }
        long each = (System.nanoTime() - started) / runs / 1_000_000;
        int achievements = transcripts.of(senior, seniorId).competenciesMastered();
        log.info("One student's CLR ({} mastered competencies) signed in {} ms on average", achievements, each);

        assertThat(each).isLessThan(2_000);
    }

    private Finding tampered(Consumer<ObjectNode> change) {
        try {
            ObjectNode clr = (ObjectNode) json.readTree(signed);
            change.accept(clr);
            return verifier.verify(json.writeValueAsBytes(clr)).finding();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gives the first competency another level of the scale (another level's id as the result). */
    private static void level(ObjectNode clr, String label) {
        JsonNode competency = clr.at("/credentialSubject/verifiableCredential/0/credentialSubject");
        for (JsonNode level : competency.at("/achievement/resultDescription/0/rubricCriterionLevel")) {
            if (level.get("name").asText().equals(label)) {
                ((ObjectNode) competency.at("/result/0")).put("achievedLevel", level.get("id").asText());
            }
        }
    }

    private List<Error> schemaErrors(String schemaFile, JsonNode credential) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/credential/" + schemaFile)) {
            ObjectNode schemaJson = (ObjectNode) json.readTree(in);
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(json.writeValueAsString(VcTwoSchemas.issuedByValidFrom(schemaJson)), InputFormat.JSON);
            return schema.validate(json.writeValueAsString(credential), InputFormat.JSON);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
