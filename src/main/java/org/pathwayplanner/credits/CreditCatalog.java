package org.pathwayplanner.credits;

import java.util.List;
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

    CreditCatalog(CreditAreaRepository areas, GraduationRequirementRepository requirements,
            CreditBundleRepository bundles) {
        this.areas = areas;
        this.requirements = requirements;
        this.bundles = bundles;
    }

    @Transactional(readOnly = true)
    public List<AreaView> areas() {
        return areas.findAllByOrderByPositionAsc().stream().filter(a -> !a.isRetired())
                .map(a -> new AreaView(a.getCode(), a.getName(), a.getPosition())).toList();
    }

    /** The requirements in force for students graduating in {@code classYear}, in area order. */
    @Transactional(readOnly = true)
    public List<RequirementView> requirementsForClassOf(int classYear) {
        return requirements.findAllWithArea().stream()
                .filter(r -> r.appliesTo(classYear))
                .sorted(java.util.Comparator.comparingInt(r -> r.getArea().getPosition()))
                .map(r -> new RequirementView(r.getArea().getCode(), r.getArea().getName(), r.getCredits(),
                        r.getSource()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<RequirementView> allRequirements() {
        return requirements.findAllWithArea().stream()
                .map(r -> new RequirementView(r.getArea().getCode(), r.getArea().getName(), r.getCredits(),
                        r.getSource()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<BundleView> bundles() {
        return bundles.findAllWithCompetencies().stream().filter(b -> !b.isRetired())
                .map(b -> new BundleView(b.getId(), b.getCode(), b.getName(), b.getArea().getCode(), b.getCredits(),
                        b.isPartialAllowed(), b.isShareable(), List.copyOf(b.getCompetencyIds())))
                .toList();
    }

    public String areaCodeOf(long areaId) {
        return areas.findById(areaId).map(CreditArea::getCode)
                .orElseThrow(() -> new IllegalArgumentException("No credit area " + areaId));
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
