package org.pathwayplanner.transcript.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.apicatalog.multibase.Multibase;
import com.apicatalog.multikey.MultiKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.EdECPrivateKey;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.transcript.Transcripts;
import org.pathwayplanner.transcript.credential.Verification.Finding;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Verification as a college meets it: the public page and endpoint, the district's DID document, keys rotated and
 * retired, keys that are not the district's, and 1EdTech's own CLR 2.0 test vector.
 */
@PlannerTest
class CredentialVerificationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ClrCredentials credentials;
    @Autowired
    CredentialVerifier verifier;
    @Autowired
    SigningKeys keys;
    @Autowired
    CredentialSettings settings;
    @Autowired
    Transcripts transcripts;
    @Autowired
    PeopleDirectory people;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    ObjectMapper json;

    long student1;
    String signed;

    @BeforeEach
    void signStudent1sTranscript() {
        student1 = people.studentOfAccount("student1").orElseThrow().id();
        signed = credentials.signedClr(new Viewer("counselor1", Role.COUNSELOR), student1);
    }

    @Test
    void anyoneChecksACredentialThroughTheApiWithoutSigningIn() throws Exception {
        mvc.perform(post("/api/credentials/verify").contentType(MediaType.APPLICATION_JSON).content(signed))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.authentic").value(true))
                .andExpect(jsonPath("$.issuer").value("Riverside Unified School District"))
                .andExpect(jsonPath("$.learner").value(transcripts.of(new Viewer("counselor1", Role.COUNSELOR),
                        student1).learner().name()))
                .andExpect(jsonPath("$.issuedAt").isNotEmpty());
        String altered = signed.replaceFirst("\"validFrom\" : \"\\d{4}", "\"validFrom\" : \"2019");
        mvc.perform(post("/api/credentials/verify").contentType(MediaType.APPLICATION_JSON).content(altered)
                        .header("Accept-Language", "es-US,es;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.authentic").value(false))
                .andExpect(jsonPath("$.finding").value("ALTERED"))
                .andExpect(jsonPath("$.message").value(containsString("La firma no coincide")));
    }

    @Test
    void notJsonIsA400AndMoreThan2MbA413() throws Exception {
        mvc.perform(post("/api/credentials/verify").contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.finding").value("NOT_JSON"));
        mvc.perform(post("/api/credentials/verify").contentType(MediaType.APPLICATION_JSON)
                        .content(new byte[CredentialVerifier.MAX_BYTES + 10]))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void theVerificationPageTakesAnUploadOrPastedTextAndKeepsCsrf() throws Exception {
        mvc.perform(multipart("/verify").file(new MockMultipartFile("file", "transcript.clr.json",
                        "application/json", signed.getBytes(StandardCharsets.UTF_8))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"verification-verdict\">Authentic<")));
        mvc.perform(post("/verify").param("text", signed.replace("Riverside Unified", "Riverside Unifeid")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("was changed after the district signed it")));
        mvc.perform(post("/verify").param("text", "not json").with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/verify").param("text", signed))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDidDocumentPublishesTheKeysThatVerify() throws Exception {
        SigningKey signing = keys.signingKey();

        mvc.perform(get("/.well-known/did.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(settings.did()))
                .andExpect(jsonPath("$.verificationMethod[*].type", hasItem("Multikey")))
                .andExpect(jsonPath("$.verificationMethod[*].publicKeyMultibase", hasItem(signing.publicKeyMultibase())))
                .andExpect(jsonPath("$.assertionMethod", hasItem(signing.methodId(settings.did()))));
    }

    @Test
    void aRotatedKeysCredentialsStillVerifyARetiredKeysNoLonger() throws Exception {
        SigningKey before = keys.signingKey();
        String signedBefore = signed;

        SigningKey after = keys.rotate("admin");

        assertThat(after.publicKeyMultibase()).isNotEqualTo(before.publicKeyMultibase());
        assertThat(verifier.verify(bytes(signedBefore)).finding()).isEqualTo(Finding.AUTHENTIC);
        String signedAfter = credentials.signedClr(new Viewer("counselor1", Role.COUNSELOR), student1);
        assertThat(json.readTree(signedAfter).at("/proof/verificationMethod").asText())
                .endsWith(after.publicKeyMultibase());

        keys.retire(before.id(), "admin");

        assertThat(verifier.verify(bytes(signedBefore)).finding()).isEqualTo(Finding.RETIRED_KEY);
        assertThat(verifier.verify(bytes(signedAfter)).finding()).isEqualTo(Finding.AUTHENTIC);
        mvc.perform(get("/.well-known/did.json"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(before.publicKeyMultibase()))));
    }

    @Test
    void theSigningKeyIsRetiredOnlyAfterARotation() {
        SigningKey signing = keys.signingKey();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> keys.retire(signing.id(), "admin"))
                .isInstanceOf(SigningKeys.KeyChangeRefused.class);
        assertThat(keys.signingKey()).isEqualTo(signing);
    }

    @Test
    void aRotationOnlyHappensWhenTheAdministratorConfirmsIt() throws Exception {
        SigningKey signing = keys.signingKey();

        mvc.perform(post("/admin/credential-keys/rotate").with(user(accounts.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("refused", "credential.keys.refused.unconfirmed"));

        assertThat(keys.signingKey()).isEqualTo(signing);
    }

    @Test
    void aCredentialSignedWithAKeyTheDistrictNeverHadIsRefused() throws Exception {
        MultiKey stranger = strangerKey(settings.did());
        ObjectNode unsigned = (ObjectNode) json.readTree(signed);
        unsigned.remove("proof");

        ObjectNode forged = new CredentialProofs(json).sign(unsigned, stranger, Instant.now());

        assertThat(verifier.verify(json.writeValueAsBytes(forged)).finding()).isEqualTo(Finding.UNKNOWN_KEY);
        MultiKey elsewhere = strangerKey("did:web:diploma-mill.example");
        ObjectNode other = new CredentialProofs(json).sign(unsigned, elsewhere, Instant.now());
        assertThat(verifier.verify(json.writeValueAsBytes(other)).finding()).isEqualTo(Finding.OTHER_ISSUER);
    }

    /**
     * 1EdTech's test vectors for OB 3.0 and CLR 2.0 (same key): the AchievementCredential and the one inside the CLR
     * verify with this application's contexts and canonicaliser, and a change is caught. The CLR vector's own proof
     * covers a nested proof (a blank-node named graph) that Iron 0.14's canonicaliser labels differently, which is why
     * this district's CLRs carry no nested proofs (see ClrCredentials#sign).
     */
    @Test
    void the1EdTechTestVectorsVerifyWithTheirPublishedKey() throws Throwable {
        JsonNode ob = resource("/credential/ob-v3p0-test-vector-signed.json");
        JsonNode clr = resource("/credential/clr-v2p0-test-vector-signed.json");
        String method = ob.at("/proof/verificationMethod").asText();
        MultiKey published = new MultiKey();
        published.setId(URI.create(method));
        published.setController(URI.create("https://example.edu/issuers/565049"));
        published.setAlgorithm("Ed25519");
        byte[] multikey = Multibase.BASE_58_BTC.decode(method.substring(method.indexOf('#') + 1));
        published.setPublicKey(Arrays.copyOfRange(multikey, 2, multikey.length));
        assertThat(published.publicKey()).isEqualTo(java.util.HexFormat.of()
                .parseHex("4bdeafde2ea8beefadd8c699b5c7e0704cf51154d52e17b20b71337ca04cc5a5"));
        CredentialProofs proofs = new CredentialProofs(json);
        java.util.function.Function<URI, MultiKey> key = id -> id.toString().equals(method) ? published : null;

        proofs.verify(proofs.toJakarta((ObjectNode) ob), key);
        proofs.verify(proofs.toJakarta((ObjectNode) clr.at("/credentialSubject/verifiableCredential/0")), key);

        ObjectNode changed = ob.deepCopy();
        changed.put("name", changed.get("name").asText() + " (changed)");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> proofs.verify(proofs.toJakarta(changed), key))
                .isInstanceOf(com.apicatalog.ld.signature.VerificationError.class);
        assertThat(verifier.verify(json.writeValueAsBytes(clr)).finding()).isEqualTo(Finding.OTHER_ISSUER);
    }

    private JsonNode resource(String path) throws java.io.IOException {
        try (InputStream in = getClass().getResourceAsStream(path)) {
            return json.readTree(in);
        }
    }

    @Test
    void theTranscriptPageLinksTheSignedRecordAndTheDownloadIsForThoseWhoMaySeeTheStudent() throws Exception {
        long senior = people.studentOfAccount("student.senior").orElseThrow().id();
        mvc.perform(get("/student/transcript").with(user(accounts.loadUserByUsername("student1"))))
                .andExpect(content().string(containsString("href=\"/student/transcript.clr.json\"")));
        mvc.perform(get("/student/transcript.clr.json").with(user(accounts.loadUserByUsername("student1"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".clr.json")))
                .andExpect(jsonPath("$.type[1]").value("ClrCredential"));
        mvc.perform(get("/students/{id}/transcript.clr.json", student1)
                        .with(user(accounts.loadUserByUsername("guardian1"))))
                .andExpect(status().isOk());
        mvc.perform(get("/students/{id}/transcript.clr.json", senior)
                        .with(user(accounts.loadUserByUsername("guardian1"))))
                .andExpect(status().isForbidden());
    }

    private static MultiKey strangerKey(String did) throws Exception {
        var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] encoded = pair.getPublic().getEncoded();
        byte[] publicKey = Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
        MultiKey key = new MultiKey();
        key.setId(URI.create(did + "#" + SigningKey.multibaseOf(publicKey)));
        key.setController(URI.create(did));
        key.setAlgorithm("Ed25519");
        key.setPublicKey(publicKey);
        key.setPrivateKey(((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow());
        return key;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
