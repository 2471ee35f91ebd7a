package org.pathwayplanner.credits;

import java.math.BigDecimal;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.pathwayplanner.credits.CreditForms.AreaForm;
import org.pathwayplanner.credits.CreditForms.BundleForm;
import org.pathwayplanner.credits.CreditForms.RequirementForm;
import org.pathwayplanner.framework.ChangeRefused;
import org.pathwayplanner.framework.ChangeRefused.Reasons;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.framework.FrameworkChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes the credit rules: credit areas, graduation requirements per range of graduating classes, and
 * credit bundles. Nothing is deleted, only retired. Each change publishes {@link FrameworkChanged}, on
 * which every student's audit is recomputed.
 */
@Service
@Transactional
public class CreditEditor {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;
    private static final BigDecimal MOST_CREDITS = new BigDecimal("999.99");

    private final CreditAreaRepository areas;
    private final GraduationRequirementRepository requirements;
    private final CreditBundleRepository bundles;
    private final FrameworkCatalog framework;
    private final ApplicationEventPublisher events;

    CreditEditor(CreditAreaRepository areas, GraduationRequirementRepository requirements,
            CreditBundleRepository bundles, FrameworkCatalog framework, ApplicationEventPublisher events) {
        this.areas = areas;
        this.requirements = requirements;
        this.bundles = bundles;
        this.framework = framework;
        this.events = events;
    }

    // ------------------------------------------------------------------ credit areas

    CreditArea addArea(AreaForm form) {
        Reasons reasons = new Reasons().checkCode(form.getCode(), areas.findByCode(strip(form.getCode())).isPresent());
        checkArea(reasons, form);
        reasons.throwIfAny();
        int position = form.getPosition() != null ? form.getPosition()
                : areas.findAll().stream().mapToInt(CreditArea::getPosition).max().orElse(0) + 1;
        CreditArea area = new CreditArea(strip(form.getCode()), strip(form.getName()), position);
        includeIn(area, form);
        area = areas.save(area);
        events.publishEvent(new FrameworkChanged("credit area " + area.getCode() + " created"));
        return area;
    }

    void reviseArea(long id, AreaForm form) {
        CreditArea area = area(id);
        Reasons reasons = new Reasons();
        checkArea(reasons, form);
        if (form.getPosition() == null) {
            reasons.refuse("position", "admin.error.required", "A position is required");
        }
        reasons.throwIfAny();
        area.revise(strip(form.getName()), form.getPosition());
        includeIn(area, form);
        events.publishEvent(new FrameworkChanged("credit area " + area.getCode() + " revised"));
    }

    /** Retires an area no requirement or bundle in use counts toward; refused naming those that still do. */
    void retireArea(long id) {
        CreditArea area = area(id);
        List<String> users = new java.util.ArrayList<>();
        requirements.findAllWithArea().stream().filter(r -> !r.isRetired() && r.getArea().getId().equals(id))
                .forEach(r -> users.add(years(r.getFirstClassYear(), r.getLastClassYear())));
        bundles.findAllWithCompetencies().stream().filter(b -> !b.isRetired() && b.getArea().getId().equals(id))
                .forEach(b -> users.add(b.getCode()));
        if (!users.isEmpty()) {
            throw ChangeRefused.because(null, "credits.error.areaInUse",
                    "Retire its requirements and bundles first: " + String.join(", ", users), String.join(", ", users));
        }
        area.retire();
        events.publishEvent(new FrameworkChanged("credit area " + area.getCode() + " retired"));
    }

    /**
     * Includes the area in the one the form names ("civics" within the humanities), or in none: refused beside the
     * field for an unknown or retired area, the area itself, an area that is itself included in another, or when
     * other areas are included in this one (one level deep).
     */
    private void includeIn(CreditArea area, AreaForm form) {
        if (form.getPartOfAreaId() == null) {
            area.includeIn(null);
            return;
        }
        Reasons reasons = new Reasons();
        CreditArea partOf = areas.findById(form.getPartOfAreaId()).filter(a -> !a.isRetired()).orElse(null);
        boolean includesOthers = area.getId() != null && areas.findAll().stream()
                .anyMatch(a -> !a.isRetired() && a.getPartOf() != null && a.getPartOf().getId().equals(area.getId()));
        if (partOf == null) {
            reasons.refuse("partOfAreaId", "admin.error.noArea", "Choose an area in use");
        } else if (includesOthers || partOf.getPartOf() != null || partOf.getId().equals(area.getId())) {
            reasons.refuse("partOfAreaId", "credits.error.partOf",
                    "An area can be part of one area that is not itself part of another, and not of itself");
        }
        reasons.throwIfAny();
        area.includeIn(partOf);
    }

    private static void checkArea(Reasons reasons, AreaForm form) {
        reasons.requireText("name", form.getName(), "A name");
        if (form.getName() != null && form.getName().strip().length() > 120) {
            reasons.refuse("name", "admin.error.tooLong", "At most 120 characters", 120);
        }
        if (form.getPosition() != null && form.getPosition() < 0) {
            reasons.refuse("position", "credits.error.position", "0 or more");
        }
    }

    // ------------------------------------------------------------------ graduation requirements

    GraduationRequirement addRequirement(RequirementForm form) {
        CreditArea area = checkRequirement(null, form);
        GraduationRequirement requirement = requirements.save(new GraduationRequirement(area, form.getCredits(),
                form.getFirstClassYear(), form.getLastClassYear(), blankToNull(form.getSource())));
        requirement.markLocalOption(form.isLocalOption());
        events.publishEvent(new FrameworkChanged("requirement in " + area.getCode() + " created"));
        return requirement;
    }

    void reviseRequirement(long id, RequirementForm form) {
        GraduationRequirement requirement = requirement(id);
        CreditArea area = checkRequirement(id, form);
        requirement.revise(area, form.getCredits(), form.getFirstClassYear(), form.getLastClassYear(),
                blankToNull(form.getSource()));
        requirement.markLocalOption(form.isLocalOption());
        events.publishEvent(new FrameworkChanged("requirement in " + area.getCode() + " revised"));
    }

    void retireRequirement(long id) {
        GraduationRequirement requirement = requirement(id);
        requirement.retire();
        events.publishEvent(new FrameworkChanged("requirement in " + requirement.getArea().getCode() + " retired"));
    }

    /**
     * Credits above 0; classes within 2000-2100, the last not before the first; and no other requirement
     * in use for the same area and any of the same graduating classes (it would be counted twice).
     */
    private CreditArea checkRequirement(Long id, RequirementForm form) {
        Reasons reasons = new Reasons();
        CreditArea area = areaInUse(reasons, form.getAreaId());
        checkCredits(reasons, form.getCredits());
        Integer first = form.getFirstClassYear();
        Integer last = form.getLastClassYear();
        if (first == null || first < FIRST_YEAR || first > LAST_YEAR) {
            reasons.refuse("firstClassYear", "credits.error.classYear", "A class year from 2000 to 2100",
                    FIRST_YEAR, LAST_YEAR);
        }
        if (last != null && (last < FIRST_YEAR || last > LAST_YEAR)) {
            reasons.refuse("lastClassYear", "credits.error.classYear", "A class year from 2000 to 2100",
                    FIRST_YEAR, LAST_YEAR);
        } else if (last != null && first != null && last < first) {
            reasons.refuse("lastClassYear", "credits.error.lastBeforeFirst", "The last class is before the first");
        }
        if (form.getSource() != null && form.getSource().strip().length() > 300) {
            reasons.refuse("source", "admin.error.tooLong", "At most 300 characters", 300);
        }
        if (area != null && !reasons.refusesField("firstClassYear") && !reasons.refusesField("lastClassYear")) {
            requirements.findAllWithArea().stream()
                    .filter(r -> !r.isRetired() && !r.getId().equals(id) && r.getArea().getId().equals(area.getId()))
                    .filter(r -> r.overlaps(first, last)).findFirst()
                    .ifPresent(r -> reasons.refuse("firstClassYear", "credits.error.overlap",
                            "Overlaps the requirement for " + years(r.getFirstClassYear(), r.getLastClassYear()),
                            years(r.getFirstClassYear(), r.getLastClassYear())));
        }
        reasons.throwIfAny();
        return area;
    }

    // ------------------------------------------------------------------ credit bundles

    CreditBundle addBundle(BundleForm form) {
        Reasons reasons = new Reasons().checkCode(form.getCode(), bundles.existsByCode(strip(form.getCode())));
        CreditArea area = checkBundle(reasons, form);
        reasons.throwIfAny();
        CreditBundle bundle = new CreditBundle(strip(form.getCode()), strip(form.getName()), area, form.getCredits(),
                form.getCompetencyIds());
        bundle.revise(strip(form.getName()), area, form.getCredits(), form.getCompetencyIds(),
                form.isPartialAllowed(), form.isShareable());
        CreditBundle saved = bundles.save(bundle);
        events.publishEvent(new FrameworkChanged("credit bundle " + saved.getCode() + " created"));
        return saved;
    }

    void reviseBundle(long id, BundleForm form) {
        CreditBundle bundle = bundle(id);
        Reasons reasons = new Reasons();
        CreditArea area = checkBundle(reasons, form);
        reasons.throwIfAny();
        bundle.revise(strip(form.getName()), area, form.getCredits(), form.getCompetencyIds(),
                form.isPartialAllowed(), form.isShareable());
        events.publishEvent(new FrameworkChanged("credit bundle " + bundle.getCode() + " revised"));
    }

    void retireBundle(long id) {
        CreditBundle bundle = bundle(id);
        bundle.retire();
        events.publishEvent(new FrameworkChanged("credit bundle " + bundle.getCode() + " retired"));
    }

    private CreditArea checkBundle(Reasons reasons, BundleForm form) {
        reasons.requireText("name", form.getName(), "A name");
        if (form.getName() != null && form.getName().strip().length() > 160) {
            reasons.refuse("name", "admin.error.tooLong", "At most 160 characters", 160);
        }
        CreditArea area = areaInUse(reasons, form.getAreaId());
        checkCredits(reasons, form.getCredits());
        Set<Long> inUse = framework.competencyIdsInUse();
        if (form.getCompetencyIds().isEmpty()) {
            reasons.refuse("competencyIds", "credits.error.noCompetency", "Choose at least one competency");
        } else if (!inUse.containsAll(form.getCompetencyIds())) {
            reasons.refuse("competencyIds", "credits.error.competencyNotInUse",
                    "Choose competencies in use (not retired)");
        }
        return area;
    }

    // ------------------------------------------------------------------ shared checks

    private CreditArea areaInUse(Reasons reasons, Long areaId) {
        CreditArea area = areaId == null ? null : areas.findById(areaId).orElse(null);
        if (area == null || area.isRetired()) {
            reasons.refuse("areaId", "admin.error.noArea", "Choose an area in use");
            return null;
        }
        return area;
    }

    private static void checkCredits(Reasons reasons, BigDecimal credits) {
        if (credits == null || credits.signum() <= 0) {
            reasons.refuse("credits", "credits.error.positive", "More than 0 credits");
        } else if (credits.stripTrailingZeros().scale() > 2 || credits.compareTo(MOST_CREDITS) > 0) {
            reasons.refuse("credits", "credits.error.precision", "At most 999.99, in hundredths");
        }
    }

    static String years(int first, Integer last) {
        return last == null ? first + "–" : first + "–" + last;
    }

    CreditArea area(long id) {
        return areas.findById(id).orElseThrow(() -> new NoSuchElementException("No credit area " + id));
    }

    GraduationRequirement requirement(long id) {
        return requirements.findById(id).orElseThrow(() -> new NoSuchElementException("No requirement " + id));
    }

    CreditBundle bundle(long id) {
        return bundles.findById(id).orElseThrow(() -> new NoSuchElementException("No credit bundle " + id));
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
