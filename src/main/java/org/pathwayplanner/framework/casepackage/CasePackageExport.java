package org.pathwayplanner.framework.casepackage;

import static org.pathwayplanner.framework.casepackage.CaseVocabulary.COMPETENCY;
import static org.pathwayplanner.framework.casepackage.CaseVocabulary.CONTENT_AREA;
import static org.pathwayplanner.framework.casepackage.CaseVocabulary.EXTENSION;
import static org.pathwayplanner.framework.casepackage.CaseVocabulary.IS_CHILD_OF;
import static org.pathwayplanner.framework.casepackage.CaseVocabulary.IS_RELATED_TO;
import static org.pathwayplanner.framework.casepackage.CaseVocabulary.LEARNING_OBJECTIVE;
import static org.pathwayplanner.framework.casepackage.CaseVocabulary.PRECEDES;
import static org.pathwayplanner.framework.casepackage.CaseVocabulary.STATE_STANDARD;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.pathwayplanner.framework.Competency;
import org.pathwayplanner.framework.ContentArea;
import org.pathwayplanner.framework.FrameworkImport;
import org.pathwayplanner.framework.FrameworkRecords;
import org.pathwayplanner.framework.LearningObjective;
import org.pathwayplanner.framework.ProficiencyLevel;
import org.pathwayplanner.framework.ProficiencyScale;
import org.pathwayplanner.framework.StateStandard;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district's framework as one CASE 1.1 package. Content areas, competencies, learning objectives and state
 * standards are CFItems typed by {@code CFItemType}; {@code isChildOf} carries the hierarchy (areas, cross-curricular
 * competencies and standards are children of the document, a competency of its area, an objective of its competency
 * in order), {@code precedes} the prerequisites (the prerequisite precedes the competency that requires it),
 * {@code isRelatedTo} the standards a competency is aligned to; the proficiency scale is a CFRubric with one
 * criterion whose levels are the scale's. Retired items are left out. Every identifier is a name-based UUID, so the
 * same framework exports the same identifiers every time.
 */
@Service
public class CasePackageExport {

    /** The document's identifier: the district's framework is one CASE document. */
    public static final String DOCUMENT = FrameworkImport.DISTRICT_DOCUMENT;

    private final FrameworkRecords records;
    private final CaseChangeStamps stamps;
    private final ObjectMapper json;
    private final String title;
    private final String creator;

    CasePackageExport(FrameworkRecords records, CaseChangeStamps stamps, ObjectMapper json,
            @Value("${pathway-planner.case.document-title:Graduation competency framework}") String title,
            @Value("${pathway-planner.case.creator:Pathway Planner}") String creator) {
        this.records = records;
        this.stamps = stamps;
        this.json = json;
        this.title = title;
        this.creator = creator;
    }

    /** The whole package; {@code base} is where the CASE API is served, e.g. {@code https://host/ims/case/v1p1}. */
    @Transactional(readOnly = true)
    public ObjectNode cfPackage(String base) {
        Writer w = new Writer(base);
        ObjectNode document = w.document();
        for (ContentArea area : records.areasInUse()) {
            w.item(area.getCaseIdentifier(), CONTENT_AREA, area.getName(), area.getCode());
            w.childOf(area.getCaseIdentifier(), null, null);
        }
        List<Competency> competencies = new ArrayList<>(records.competenciesInUse());
        competencies.sort(Comparator.comparing(Competency::getCode));
        for (Competency c : competencies) {
            ObjectNode item = w.item(c.getCaseIdentifier(), COMPETENCY, c.getTitle(), c.getCode());
            if (c.getDescription() != null) {
                item.put("notes", c.getDescription());
            }
            item.putArray("educationLevel").add(String.format("%02d", c.getExpectedGrade()));
            if (c.getCalculationMethod() != null || c.getPointsThreshold() != null) {
                ObjectNode ours = item.putObject("extensions").putObject(EXTENSION);
                if (c.getCalculationMethod() != null) {
                    ours.put("calculationMethod", c.getCalculationMethod());
                }
                if (c.getPointsThreshold() != null) {
                    ours.put("pointsThreshold", c.getPointsThreshold());
                }
            }
            ContentArea area = c.getContentArea();
            w.childOf(c.getCaseIdentifier(), area == null ? null : area.getCaseIdentifier(), null);
            for (LearningObjective o : c.getObjectives()) {
                if (o.isRetired()) {
                    continue;
                }
                ObjectNode objective = w.item(o.getCaseIdentifier(), LEARNING_OBJECTIVE, o.getTitle(), o.getCode());
                objective.put("listEnumeration", String.valueOf(o.getPosition() + 1));
                objective.putObject("extensions").putObject(EXTENSION).put("points", o.getPoints())
                        .put("required", o.isRequired());
                w.childOf(o.getCaseIdentifier(), c.getCaseIdentifier(), o.getPosition() + 1);
            }
        }
        for (StateStandard s : records.standardsInUse()) {
            w.item(s.getCaseIdentifier(), STATE_STANDARD, s.getStatement(), s.getCode());
            w.childOf(s.getCaseIdentifier(), null, null);
        }
        for (Competency c : competencies) {
            c.getPrerequisites().stream().filter(p -> !p.isRetired()).sorted(Comparator.comparing(Competency::getCode))
                    .forEach(p -> w.association(PRECEDES, p.getCaseIdentifier(), c.getCaseIdentifier(), null));
            c.getStandards().stream().filter(s -> !s.isRetired()).sorted(Comparator.comparing(StateStandard::getCode))
                    .forEach(s -> w.association(IS_RELATED_TO, c.getCaseIdentifier(), s.getCaseIdentifier(), null));
        }
        w.rubric(records.scale());
        ObjectNode definitions = json.createObjectNode();
        ArrayNode types = definitions.putArray("CFItemTypes");
        int code = 1;
        for (String type : List.of(CONTENT_AREA, COMPETENCY, LEARNING_OBJECTIVE, STATE_STANDARD)) {
            ObjectNode t = types.addObject();
            t.put("identifier", CaseVocabulary.itemTypeIdentifier(type));
            t.put("uri", base + "/CFItemTypes/" + CaseVocabulary.itemTypeIdentifier(type));
            t.put("title", type);
            t.put("description", type + " of the district's graduation competency framework");
            t.put("hierarchyCode", String.valueOf(code++));
            t.put("typeCode", type.replace(" ", ""));
            w.stamped.add(t);
        }
        stamps.stamp(w.stamped, base);
        String newest = w.stamped.stream().map(n -> n.path("lastChangeDateTime").asText())
                .max(Comparator.naturalOrder()).orElse(document.path("lastChangeDateTime").asText());
        document.put("lastChangeDateTime", newest);

        ObjectNode pkg = json.createObjectNode();
        pkg.set("CFDocument", document);
        pkg.set("CFItems", w.items);
        pkg.set("CFAssociations", w.associations);
        pkg.set("CFDefinitions", definitions);
        pkg.set("CFRubrics", w.rubrics);
        return pkg;
    }

    /** Builds the records of one package; every record it makes is stamped with its last change. */
    private final class Writer {

        final String base;
        final ArrayNode items = json.createArrayNode();
        final ArrayNode associations = json.createArrayNode();
        final ArrayNode rubrics = json.createArrayNode();
        final List<ObjectNode> stamped = new ArrayList<>();
        ObjectNode documentLink;

        Writer(String base) {
            this.base = base;
        }

        ObjectNode document() {
            ObjectNode d = json.createObjectNode();
            d.put("identifier", DOCUMENT);
            d.put("uri", base + "/CFDocuments/" + DOCUMENT);
            d.put("creator", creator);
            d.put("title", title);
            d.put("caseVersion", "1.1");
            d.put("language", "en");
            documentLink = link(title, DOCUMENT, d.path("uri").asText());
            stamped.add(d);
            return d;
        }

        ObjectNode item(String identifier, String type, String statement, String code) {
            ObjectNode item = items.addObject();
            item.put("identifier", identifier);
            item.put("uri", base + "/CFItems/" + identifier);
            item.put("fullStatement", statement);
            item.put("humanCodingScheme", code);
            item.put("CFItemType", type);
            item.set("CFItemTypeURI", link(type, CaseVocabulary.itemTypeIdentifier(type),
                    base + "/CFItemTypes/" + CaseVocabulary.itemTypeIdentifier(type)));
            item.put("language", "en");
            stamped.add(item);
            return item;
        }

        /** {@code parent} null: a child of the document. */
        void childOf(String child, String parent, Integer sequence) {
            association(IS_CHILD_OF, child, parent, sequence);
        }

        void association(String type, String origin, String destination, Integer sequence) {
            ObjectNode a = associations.addObject();
            String target = destination == null ? DOCUMENT : destination;
            String identifier = CaseVocabulary.associationIdentifier(type, origin, target);
            a.put("identifier", identifier);
            a.put("associationType", type);
            if (sequence != null) {
                a.put("sequenceNumber", sequence);
            }
            a.put("uri", base + "/CFAssociations/" + identifier);
            a.set("originNodeURI", link(statementOf(origin), origin, base + "/CFItems/" + origin));
            a.set("destinationNodeURI", destination == null ? documentLink.deepCopy()
                    : link(statementOf(destination), destination, base + "/CFItems/" + destination));
            stamped.add(a);
        }

        void rubric(ProficiencyScale scale) {
            ObjectNode r = rubrics.addObject();
            String identifier = scale.getCaseIdentifier();
            String uri = base + "/CFRubrics/" + identifier;
            r.put("identifier", identifier);
            r.put("uri", uri);
            r.put("title", scale.getName());
            r.put("description", "The district's proficiency scale; mastery at level " + scale.getMasteryThreshold()
                    + " (" + scale.labelOf(scale.getMasteryThreshold()) + ") or above.");
            r.putObject("extensions").putObject(EXTENSION).put("masteryThreshold", scale.getMasteryThreshold());
            ObjectNode criterion = r.putArray("CFRubricCriteria").addObject();
            String criterionId = CaseVocabulary.criterionIdentifier(identifier);
            criterion.put("identifier", criterionId);
            criterion.put("uri", uri + "#" + criterionId);
            criterion.put("category", "Proficiency");
            criterion.put("description", "The level a student reached on a competency or learning objective");
            criterion.put("position", 1);
            criterion.put("rubricId", identifier);
            ArrayNode levels = criterion.putArray("CFRubricCriterionLevels");
            int position = 1;
            for (ProficiencyLevel level : scale.getLevels()) {
                ObjectNode l = levels.addObject();
                l.put("identifier", level.caseIdentifier());
                l.put("uri", uri + "#" + level.caseIdentifier());
                l.put("quality", level.label());
                if (level.description() != null) {
                    l.put("description", level.description());
                }
                l.put("score", level.value());
                l.put("position", position++);
                l.put("rubricCriterionId", criterionId);
                stamped.add(l);
            }
            stamped.add(criterion);
            stamped.add(r);
        }

        private String statementOf(String identifier) {
            for (var item : items) {
                if (identifier.equals(item.path("identifier").asText())) {
                    String code = item.path("humanCodingScheme").asText();
                    return code.isEmpty() ? item.path("fullStatement").asText() : code;
                }
            }
            return identifier;
        }

        private ObjectNode link(String title, String identifier, String uri) {
            ObjectNode l = json.createObjectNode();
            l.put("title", title);
            l.put("identifier", identifier);
            l.put("uri", uri);
            return l;
        }
    }
}
