package org.pathwayplanner.transcript.credential;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pathwayplanner.transcript.TranscriptDocument;
import org.pathwayplanner.transcript.TranscriptDocument.AreaCredits;
import org.pathwayplanner.transcript.TranscriptDocument.AreaSection;
import org.pathwayplanner.transcript.TranscriptDocument.CompetencyLine;
import org.pathwayplanner.transcript.TranscriptDocument.PathwayLine;
import org.pathwayplanner.transcript.TranscriptDocument.ScaleLevel;

/**
 * Writes a transcript as an unsigned CLR 2.0 {@code ClrCredential}: the learner's achievements (each mastered
 * graduation competency aligned to its CASE item, the credits of each area, each completed pathway) as OB 3.0
 * {@code AchievementCredential}s, the content areas they belong to as achievements related by {@code isParentOf}.
 * One assembler per credential: it carries the issuance instant and the identifiers that tie the parts together.
 */
final class ClrAssembler {

    static final String CLR_SCHEMA =
            "https://purl.imsglobal.org/spec/clr/v2p0/schema/json/clr_v2p0_clrcredential_schema.json";
    static final String OB_SCHEMA =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";
    private static final String SCHEMA_VALIDATOR = "1EdTechJsonSchemaValidator2019";

    /** The parts the district's framework adds to a transcript: its scale's and competencies' CASE identifiers. */
    record Alignments(String scaleName, String scaleIdentifier, Map<Integer, String> levelIdentifiers,
            Map<Long, String> competencyIdentifiers) {
    }

    private final ObjectMapper json;
    private final TranscriptDocument doc;
    private final Alignments alignments;
    private final String did;
    private final String baseUrl;
    private final String issuedAt;
    private final String clrId;
    private final String learnerId;

    ClrAssembler(ObjectMapper json, TranscriptDocument doc, Alignments alignments, String did, String baseUrl,
            Instant issuedAt, UUID clrId) {
        this.json = json;
        this.doc = doc;
        this.alignments = alignments;
        this.did = did;
        this.baseUrl = baseUrl;
        this.issuedAt = issuedAt.toString();
        this.clrId = "urn:uuid:" + clrId;
        this.learnerId = urn("learner/" + did + "/" + doc.learner().studentNumber());
    }

    /** The achievement credentials, unsigned, one per thing the learner achieved. */
    List<ObjectNode> achievementCredentials() {
        List<ObjectNode> credentials = new ArrayList<>();
        for (AreaSection area : doc.areas()) {
            for (CompetencyLine c : area.competencies()) {
                credentials.add(competencyCredential(c, area));
            }
        }
        for (AreaCredits credits : doc.credits().areas()) {
            if (credits.earned() != null && credits.earned().signum() > 0) {
                credentials.add(creditsCredential(credits));
            }
        }
        for (PathwayLine p : doc.pathways()) {
            credentials.add(pathwayCredential(p));
        }
        return credentials;
    }

    /** The CLR around the achievement credentials: every achievement and the hierarchy. */
    ObjectNode clr(List<ObjectNode> achievementCredentials) {
        ObjectNode clr = credential(BundledContexts.CLR_CONTEXTS, clrId, "ClrCredential",
                "Mastery-based transcript of " + doc.learner().name(), CLR_SCHEMA);
        clr.put("description", "The graduation competencies " + doc.learner().name() + " has mastered, the credits "
                + "earned by area and the flexible pathways completed, as the records of " + doc.issuer().district()
                + (doc.issuer().school() == null ? "" : " (" + doc.issuer().school() + ")") + " show them on "
                + doc.issuedOn() + ".");
        ObjectNode subject = json.createObjectNode();
        subject.put("id", learnerId);
        subject.putArray("type").add("ClrSubject");
        subject.set("identifier", learnerIdentifiers());
        ArrayNode achievements = subject.putArray("achievement");
        ArrayNode associations = json.createArrayNode();
        for (AreaSection area : doc.areas()) {
            ObjectNode parent = areaAchievement(area);
            achievements.add(parent);
            for (CompetencyLine c : area.competencies()) {
                ObjectNode child = competencyAchievement(c, area);
                achievements.add(child);
                ObjectNode association = associations.addObject();
                association.put("type", "Association");
                association.put("associationType", "isParentOf");
                association.put("sourceId", parent.get("id").asText());
                association.put("targetId", child.get("id").asText());
            }
        }
        doc.credits().areas().stream().filter(a -> a.earned() != null && a.earned().signum() > 0)
                .forEach(a -> achievements.add(creditsAchievement(a)));
        doc.pathways().forEach(p -> achievements.add(pathwayAchievement(p)));
        ArrayNode held = subject.putArray("verifiableCredential");
        achievementCredentials.forEach(held::add);
        if (!associations.isEmpty()) {
            subject.set("association", associations);
        }
        clr.set("credentialSubject", subject);
        return clr;
    }

    // ------------------------------------------------------------------ the achievement credentials

    private ObjectNode competencyCredential(CompetencyLine c, AreaSection area) {
        ObjectNode achievement = competencyAchievement(c, area);
        ObjectNode subject = achievementSubject(achievement);
        if (c.masteredOn() != null) {
            subject.put("activityEndDate", dateTime(c.masteredOn()));
        }
        ObjectNode result = subject.putArray("result").addObject();
        result.putArray("type").add("Result");
        result.put("resultDescription", scaleId());
        levelOf(c.levelLabel()).ifPresentOrElse(
                level -> result.put("achievedLevel", levelId(level)),
                () -> result.put("value", c.levelLabel()));
        return achievementCredential(achievement, subject, c.title());
    }

    private ObjectNode creditsCredential(AreaCredits credits) {
        ObjectNode achievement = creditsAchievement(credits);
        ObjectNode subject = achievementSubject(achievement);
        subject.put("creditsEarned", credits.earned().doubleValue());
        return achievementCredential(achievement, subject, credits.areaName() + " credits");
    }

    private ObjectNode pathwayCredential(PathwayLine p) {
        ObjectNode achievement = pathwayAchievement(p);
        ObjectNode subject = achievementSubject(achievement);
        if (p.startDate() != null) {
            subject.put("activityStartDate", dateTime(p.startDate()));
        }
        if (p.endDate() != null) {
            subject.put("activityEndDate", dateTime(p.endDate()));
        }
        if (p.credits() != null && p.credits().signum() > 0) {
            subject.put("creditsEarned", p.credits().doubleValue());
        }
        StringBuilder narrative = new StringBuilder();
        if (p.hours() != null) {
            narrative.append(plain(p.hours())).append(" hours");
        }
        if (p.provider() != null) {
            narrative.append(narrative.isEmpty() ? "" : " with ").append(p.provider());
        }
        if (p.mentorName() != null) {
            narrative.append(narrative.isEmpty() ? "" : "; ").append("mentor ").append(p.mentorName());
            if (p.mentorRating() != null) {
                narrative.append(": ").append(p.mentorRating());
            }
            if (p.mentorComment() != null && !p.mentorComment().isBlank()) {
                narrative.append(" — \"").append(p.mentorComment()).append('"');
            }
        }
        if (!narrative.isEmpty()) {
            subject.put("narrative", narrative.append('.').toString());
        }
        return achievementCredential(achievement, subject, p.title());
    }

    private ObjectNode achievementSubject(ObjectNode achievement) {
        ObjectNode subject = json.createObjectNode();
        subject.put("id", learnerId);
        subject.putArray("type").add("AchievementSubject");
        subject.set("identifier", learnerIdentifiers());
        subject.set("achievement", achievement);
        return subject;
    }

    private ObjectNode achievementCredential(ObjectNode achievement, ObjectNode subject, String name) {
        ObjectNode credential = credential(BundledContexts.OB_CONTEXTS,
                urn(clrId + "/" + achievement.get("id").asText()), "AchievementCredential", name, OB_SCHEMA);
        credential.set("credentialSubject", subject);
        return credential;
    }

    private ObjectNode credential(List<String> contexts, String id, String type, String name, String schema) {
        ObjectNode credential = json.createObjectNode();
        ArrayNode context = credential.putArray("@context");
        contexts.forEach(context::add);
        credential.put("id", id);
        credential.putArray("type").add("VerifiableCredential").add(type);
        credential.set("issuer", issuer());
        credential.put("validFrom", issuedAt);
        credential.put("name", name);
        ObjectNode credentialSchema = credential.putArray("credentialSchema").addObject();
        credentialSchema.put("id", schema);
        credentialSchema.put("type", SCHEMA_VALIDATOR);
        return credential;
    }

    // ------------------------------------------------------------------ the achievements

    private ObjectNode competencyAchievement(CompetencyLine c, AreaSection area) {
        String caseIdentifier = alignments.competencyIdentifiers().get(c.id());
        ObjectNode a = achievement(caseIdentifier == null ? urn("competency/" + c.code()) : "urn:uuid:" + caseIdentifier,
                "Competency", c.title(), "Graduation competency " + c.code()
                        + (area.areaName() == null ? " (cross-curricular)" : " in " + area.areaName()) + ".");
        a.put("humanCode", c.code());
        ScaleLevel threshold = masteryThreshold();
        a.putObject("criteria").put("narrative", "Mastered: the body of evidence reached "
                + (threshold == null ? "the mastery level" : "level " + threshold.level() + " (" + threshold.label()
                        + ") or above") + " on the district's proficiency scale"
                + (c.method() == null ? "" : ", as decided by the calculation method " + c.method()) + ".");
        if (caseIdentifier != null) {
            ObjectNode alignment = a.putArray("alignment").addObject();
            alignment.putArray("type").add("Alignment");
            alignment.put("targetName", c.title());
            alignment.put("targetUrl", baseUrl + "/ims/case/v1p1/CFItems/" + caseIdentifier);
            alignment.put("targetCode", c.code());
            alignment.put("targetFramework", doc.issuer().district() + " graduation competencies");
            alignment.put("targetType", "CFItem");
        }
        a.putArray("resultDescription").add(scaleDescription());
        return a;
    }

    private ObjectNode areaAchievement(AreaSection area) {
        String name = area.areaName() == null ? "Cross-curricular competencies" : area.areaName();
        ObjectNode a = achievement(urn("content-area/" + (area.areaCode() == null ? "" : area.areaCode())),
                "ext:ContentArea", name, "The graduation competencies of " + name + ".");
        a.putObject("criteria").put("narrative", "Groups the graduation competencies of one content area.");
        return a;
    }

    private ObjectNode creditsAchievement(AreaCredits credits) {
        ObjectNode a = achievement(urn("credit-area/" + credits.areaCode()), "ext:CreditArea",
                credits.areaName() + " credits", "Credits earned in " + credits.areaName()
                        + (credits.includedInName() == null ? "" : " (counted within " + credits.includedInName() + ")")
                        + " toward the district's graduation requirement.");
        if (credits.required() != null) {
            a.put("creditsAvailable", credits.required().doubleValue());
        }
        a.putObject("criteria").put("narrative", "Credits are awarded when the competencies of a credit bundle are "
                + "mastered or a flexible pathway is completed; the requirement in this area is "
                + (credits.required() == null ? "none" : plain(credits.required())) + " credits.");
        return a;
    }

    private ObjectNode pathwayAchievement(PathwayLine p) {
        ObjectNode a = achievement(urn("pathway/" + doc.learner().studentNumber() + "/" + p.title() + "/"
                + p.startDate()), "ext:FlexiblePathway", p.title(), "A flexible pathway ("
                + p.kind().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")"
                + (p.provider() == null ? "" : " with " + p.provider())
                + (p.creditArea() == null ? "" : ", credited in " + p.creditArea()) + ".");
        a.putObject("criteria").put("narrative", "Approved by the student's teacher and counselor, completed and "
                + "evaluated by the mentor" + (p.competencies().isEmpty() ? "" : "; it showed "
                        + String.join(", ", p.competencies())) + ".");
        if (p.credits() != null && p.credits().signum() > 0) {
            a.put("creditsAvailable", p.credits().doubleValue());
        }
        return a;
    }

    private ObjectNode achievement(String id, String achievementType, String name, String description) {
        ObjectNode a = json.createObjectNode();
        a.put("id", id);
        a.putArray("type").add("Achievement");
        a.put("achievementType", achievementType);
        a.put("name", name);
        a.put("description", description);
        a.set("creator", issuer());
        return a;
    }

    /** The district's proficiency scale as a rubric: the levels a result is given in. */
    private ObjectNode scaleDescription() {
        ObjectNode d = json.createObjectNode();
        d.put("id", scaleId());
        d.putArray("type").add("ResultDescription");
        d.put("name", alignments.scaleName() == null ? "Proficiency scale" : alignments.scaleName());
        d.put("resultType", "RubricCriterionLevel");
        ScaleLevel threshold = masteryThreshold();
        if (threshold != null) {
            d.put("requiredLevel", levelId(threshold));
        }
        ArrayNode levels = d.putArray("rubricCriterionLevel");
        for (ScaleLevel level : doc.scale()) {
            ObjectNode l = levels.addObject();
            l.put("id", levelId(level));
            l.putArray("type").add("RubricCriterionLevel");
            l.put("name", level.label());
            if (level.description() != null && !level.description().isBlank()) {
                l.put("description", level.description());
            }
            l.put("level", String.valueOf(level.level()));
        }
        return d;
    }

    private ScaleLevel masteryThreshold() {
        return doc.scale().stream().filter(ScaleLevel::mastery).findFirst().orElse(null);
    }

    private Optional<ScaleLevel> levelOf(String label) {
        return doc.scale().stream().filter(l -> l.label().equals(label)).findFirst();
    }

    private String scaleId() {
        return alignments.scaleIdentifier() == null ? urn("scale") : "urn:uuid:" + alignments.scaleIdentifier();
    }

    private String levelId(ScaleLevel level) {
        String identifier = alignments.levelIdentifiers().get(level.level());
        return identifier == null ? urn("scale/level/" + level.level()) : "urn:uuid:" + identifier;
    }

    // ------------------------------------------------------------------ who

    private ObjectNode issuer() {
        ObjectNode issuer = json.createObjectNode();
        issuer.put("id", did);
        issuer.putArray("type").add("Profile");
        issuer.put("name", doc.issuer().district());
        if (doc.issuer().districtWebsite() != null && !doc.issuer().districtWebsite().isBlank()) {
            issuer.put("url", doc.issuer().districtWebsite());
        }
        if (doc.issuer().districtAddress() != null && !doc.issuer().districtAddress().isBlank()) {
            ObjectNode address = issuer.putObject("address");
            address.putArray("type").add("Address");
            address.put("streetAddress", doc.issuer().districtAddress());
        }
        return issuer;
    }

    /** The learner's name and student number, in plain text: the credential is released to a named recipient. */
    private ArrayNode learnerIdentifiers() {
        ArrayNode identifiers = json.createArrayNode();
        identifiers.add(identity("ext:learnerName", doc.learner().name()));
        identifiers.add(identity("sisSourcedId", doc.learner().studentNumber()));
        return identifiers;
    }

    private ObjectNode identity(String type, String value) {
        ObjectNode identity = json.createObjectNode();
        identity.put("type", "IdentityObject");
        identity.put("hashed", false);
        identity.put("identityHash", value);
        identity.put("identityType", type);
        return identity;
    }

    private String urn(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("pathway-planner/" + name).getBytes(StandardCharsets.UTF_8));
    }

    private static String dateTime(LocalDate date) {
        return date.atStartOfDay().toInstant(ZoneOffset.UTC).toString();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
