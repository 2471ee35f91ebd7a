package org.pathwayplanner.credits;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pathwayplanner.credits.CreditAdminViews.AreaRow;
import org.pathwayplanner.credits.CreditAdminViews.BundleRow;
import org.pathwayplanner.credits.CreditAdminViews.CompetencyRef;
import org.pathwayplanner.credits.CreditAdminViews.RequirementRow;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.framework.FrameworkViews.CompetencyView;
import org.pathwayplanner.credits.CreditViews.AreaView;
import org.pathwayplanner.credits.CreditViews.BundleView;
import org.pathwayplanner.credits.CreditViews.RequirementView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Credit areas, the requirements that apply to a graduating class, and the credit bundles. */
@Service
@Transactional
public class CreditCatalog {

    private final CreditAreaRepository areas;
    private final GraduationRequirementRepository requirements;
    private final CreditBundleRepository bundles;
    private final FrameworkCatalog framework;

    CreditCatalog(CreditAreaRepository areas, GraduationRequirementRepository requirements,
            CreditBundleRepository bundles, FrameworkCatalog framework) {
        this.areas = areas;
        this.requirements = requirements;
        this.bundles = bundles;
        this.framework = framework;
    }

    @Transactional(readOnly = true)
    public List<AreaView> areas() {
        return areas.findAllByOrderByPositionAsc().stream().filter(a -> !a.isRetired())
                .map(a -> new AreaView(a.getCode(), a.getName(), a.getPosition(),
                        a.getPartOf() == null ? null : a.getPartOf().getCode())).toList();
    }

    /**
     * The requirements in force for students graduating in {@code classYear}, in area order, each area followed by
     * the areas included in it.
     */
    @Transactional(readOnly = true)
    public List<RequirementView> requirementsForClassOf(int classYear) {
        return requirements.findAllWithArea().stream()
                .filter(r -> r.appliesTo(classYear) && !r.getArea().isRetired())
                .sorted(AUDIT_ORDER)
                .map(CreditCatalog::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<RequirementView> allRequirements() {
        return requirements.findAllWithArea().stream().filter(r -> !r.isRetired()).map(CreditCatalog::view).toList();
    }

    /** Which areas are included in which ("CIVICS" within "HUMANITIES"), retired ones left out. */
    @Transactional(readOnly = true)
    public List<AreaView> includedAreas() {
        return areas().stream().filter(a -> a.partOfCode() != null).toList();
    }

    private static final Comparator<GraduationRequirement> AUDIT_ORDER = Comparator
            .<GraduationRequirement>comparingInt(r -> topOf(r.getArea()).getPosition())
            .thenComparing(r -> topOf(r.getArea()).getCode())
            .thenComparing(r -> r.getArea().getPartOf() == null ? 0 : 1)
            .thenComparingInt(r -> r.getArea().getPosition());

    private static CreditArea topOf(CreditArea area) {
        return area.getPartOf() == null ? area : area.getPartOf();
    }

    private static RequirementView view(GraduationRequirement r) {
        CreditArea area = r.getArea();
        return new RequirementView(area.getCode(), area.getName(), r.getCredits(), r.getSource(), r.isLocalOption(),
                area.getPartOf() == null ? null : area.getPartOf().getCode());
    }

    /**
     * The bundles in use, as evaluations read them: a retired competency no longer counts toward its
     * bundles, and a bundle left without a competency in use is left out.
     */
    @Transactional(readOnly = true)
    public List<BundleView> bundles() {
        Set<Long> inUse = framework.competencyIdsInUse();
        return bundles.findAllWithCompetencies().stream().filter(b -> !b.isRetired())
                .map(b -> new BundleView(b.getId(), b.getCode(), b.getName(), b.getArea().getCode(), b.getCredits(),
                        b.isPartialAllowed(), b.isShareable(),
                        b.getCompetencyIds().stream().filter(inUse::contains).toList()))
                .filter(b -> !b.competencyIds().isEmpty())
                .toList();
    }

    // ------------------------------------------------------------------ the administrator's pages

    @Transactional(readOnly = true)
    List<AreaRow> areaRows() {
        return areas.findAllByOrderByPositionAsc().stream()
                .map(a -> new AreaRow(a.getId(), a.getCode(), a.getName(), a.getPosition(), a.isRetired(),
                        a.getPartOf() == null ? null : a.getPartOf().getId(),
                        a.getPartOf() == null ? null : a.getPartOf().getName())).toList();
    }

    @Transactional(readOnly = true)
    List<RequirementRow> requirementRows() {
        return requirements.findAllWithArea().stream()
                .sorted(Comparator.comparingInt((GraduationRequirement r) -> r.getArea().getPosition())
                        .thenComparingInt(GraduationRequirement::getFirstClassYear))
                .map(r -> new RequirementRow(r.getId(), r.getArea().getId(), r.getArea().getName(), r.getCredits(),
                        r.getFirstClassYear(), r.getLastClassYear(), r.getSource(), r.isRetired(), r.isLocalOption()))
                .toList();
    }

    /** Every bundle with its competencies named (retired ones marked), retired bundles included. */
    @Transactional(readOnly = true)
    List<BundleRow> bundleRows() {
        Map<Long, CompetencyView> competencies = new HashMap<>();
        bundles.findAllWithCompetencies().forEach(b -> b.getCompetencyIds().forEach(id ->
                competencies.computeIfAbsent(id, key -> framework.competency(key).orElse(null))));
        Set<Long> inUse = framework.competencyIdsInUse();
        return bundles.findAllWithCompetencies().stream()
                .sorted(Comparator.comparing(CreditBundle::getCode))
                .map(b -> new BundleRow(b.getId(), b.getCode(), b.getName(), b.getArea().getId(), b.getArea().getName(),
                        b.getCredits(), b.isPartialAllowed(), b.isShareable(), b.isRetired(),
                        b.getCompetencyIds().stream().filter(id -> competencies.get(id) != null)
                                .map(id -> new CompetencyRef(id, competencies.get(id).code(),
                                        competencies.get(id).title(), !inUse.contains(id)))
                                .sorted(Comparator.comparing(CompetencyRef::code)).toList()))
                .toList();
    }

    public String areaCodeOf(long areaId) {
        return areas.findById(areaId).map(CreditArea::getCode)
                .orElseThrow(() -> new IllegalArgumentException("No credit area " + areaId));
    }

    /** Every credit area's name by its code, retired ones included: what {@link #areaNameOf} gives, in one query. */
    @Transactional(readOnly = true)
    public java.util.Map<String, String> areaNames() {
        return areas.findAll().stream().collect(java.util.stream.Collectors.toMap(CreditArea::getCode,
                CreditArea::getName));
    }

    /** The name people read for a credit area's code; the code itself when no area has it. */
    public String areaNameOf(String code) {
        return code == null ? null : areas.findByCode(code).map(CreditArea::getName).orElse(code);
    }

    public CreditArea area(String code) {
        return areas.findByCode(code).orElseThrow(() -> new IllegalArgumentException("No credit area " + code));
    }

    public CreditArea addArea(CreditArea area) {
        return areas.save(area);
    }

    public GraduationRequirement addRequirement(GraduationRequirement requirement) {
        return requirements.save(requirement);
    }

    public CreditBundle addBundle(CreditBundle bundle) {
        return bundles.save(bundle);
    }
}
