package org.pathwayplanner.transcript.credential;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.apicatalog.multikey.MultiKey;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.framework.FrameworkViews.LevelView;
import org.pathwayplanner.framework.FrameworkViews.ScaleView;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.transcript.TranscriptDocument;
import org.pathwayplanner.transcript.Transcripts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A student's transcript as a signed Comprehensive Learner Record (1EdTech CLR 2.0, holding Open Badges 3.0
 * achievement credentials), for whoever may see the student: the document a college verifies on its own, with the
 * district's public key, long after it was sent.
 */
@Service
public class ClrCredentials {

    private static final Logger log = LoggerFactory.getLogger(ClrCredentials.class);

    private final Transcripts transcripts;
    private final FrameworkCatalog framework;
    private final SigningKeys keys;
    private final CredentialSettings settings;
    private final ObjectMapper json;
    private final CredentialProofs proofs;
    private final Clock clock;

    ClrCredentials(Transcripts transcripts, FrameworkCatalog framework, SigningKeys keys, CredentialSettings settings,
            ObjectMapper json, Clock clock) {
        this.transcripts = transcripts;
        this.framework = framework;
        this.keys = keys;
        this.settings = settings;
        this.json = json;
        this.proofs = new CredentialProofs(json);
        this.clock = clock;
    }

    /** The signed CLR of a student the viewer may see (refused otherwise, as the transcript itself), as JSON text. */
    public String signedClr(Viewer viewer, long studentId) {
        return new String(signedClrFile(viewer, studentId).json(), StandardCharsets.UTF_8);
    }

    /** The same as a file to download or attach: {@code transcript-S000123.clr.json}, UTF-8 JSON. */
    public ClrFile signedClrFile(Viewer viewer, long studentId) {
        TranscriptDocument doc = transcripts.of(viewer, studentId);
        long started = System.nanoTime();
        ObjectNode clr = sign(doc, UUID.randomUUID());
        log.debug("Signed the CLR of student {} in {} ms", studentId, (System.nanoTime() - started) / 1_000_000);
        try {
            return new ClrFile(doc.fileName().replaceFirst("\\.pdf$", ".clr.json"),
                    json.writerWithDefaultPrettyPrinter().writeValueAsBytes(clr));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A signed CLR and its file name. */
    public record ClrFile(String fileName, byte[] json) {
    }

    /**
     * The CLR with its achievement credentials, signed as a whole with the district's signing key. The achievement
     * credentials carry no proof of their own: a proof inside the CLR becomes a blank-node named graph, which the
     * RDF canonicaliser under Iron 0.14 (io.setl rdf-urdna 1.1) labels differently from RDFC-1.0 as other verifiers
     * (1EdTech's among them) implement it, so the CLR's own signature would fail there. Without them the CLR's
     * canonical form is the one every implementation computes (docs/transcript.md).
     */
    ObjectNode sign(TranscriptDocument doc, UUID clrId) {
        Instant now = clock.instant();
        MultiKey key = keys.keyPair(keys.signingKey());
        ClrAssembler assembler = new ClrAssembler(json, doc, alignments(), settings.did(), settings.baseUrl(),
                now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), clrId);
        return proofs.sign(assembler.clr(assembler.achievementCredentials()), key, now);
    }

    private ClrAssembler.Alignments alignments() {
        ScaleView scale = framework.scale();
        Map<Integer, String> levels = scale.levels().stream().filter(l -> l.caseIdentifier() != null)
                .collect(Collectors.toMap(LevelView::value, LevelView::caseIdentifier, (a, b) -> a));
        return new ClrAssembler.Alignments(scale.name(), scale.caseIdentifier(), levels,
                framework.competencyCaseIdentifiers());
    }
}
