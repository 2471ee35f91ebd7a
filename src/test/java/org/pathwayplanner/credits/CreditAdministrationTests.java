package org.pathwayplanner.credits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.credits.CreditForms.AreaForm;
import org.pathwayplanner.credits.CreditForms.BundleForm;
import org.pathwayplanner.credits.CreditForms.RequirementForm;
import org.pathwayplanner.credits.CreditViews.BundleView;
import org.pathwayplanner.credits.CreditViews.RequirementView;
import org.pathwayplanner.framework.ChangeRefused;
import org.pathwayplanner.framework.ChangeRefused.Reason;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.framework.FrameworkViews.CompetencyView;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** An administrator edits the credit rules as data: areas, requirements by graduating class, bundles. */
@PlannerTest
@Transactional
@org.springframework.test.context.event.RecordApplicationEvents
class CreditAdministrationTests {

    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

    @Autowired
    CreditEditor editor;
    @Autowired
    CreditCatalog catalog;
    @Autowired
    FrameworkCatalog framework;
    @Autowired
    StudentProgress progress;

    @BeforeEach
    @AfterEach
    void forgetTheCachedFramework() {
        progress.frameworkChanged();
    }

    @Test
    void personalFinanceIsRequiredFromTheClassOf2027NotBefore() {
        assertThat(catalog.requirementsForClassOf(2026)).extracting(RequirementView::areaCode)
                .doesNotContain("PERSONAL_FINANCE").contains("HUMANITIES", "STEM", "ELECTIVES");
        assertThat(catalog.requirementsForClassOf(2027)).filteredOn(r -> r.areaCode().equals("PERSONAL_FINANCE"))
                .singleElement().satisfies(r -> assertThat(r.credits()).isEqualByComparingTo("0.5"));
    }

    @Test
    void everyClassOfTheDemoNeeds25CreditsWithCivicsTheArtsAndPersonalFinanceWithinTheHumanities() {
        for (int year = 2023; year <= 2030; year++) {
            List<RequirementView> requirements = catalog.requirementsForClassOf(year);
            assertThat(total(requirements.stream().filter(r -> r.partOfCode() == null).toList()))
                    .as("class of " + year).isEqualByComparingTo("25");
            assertThat(requirements).filteredOn(r -> r.partOfCode() != null).allSatisfy(r ->
                    assertThat(r.partOfCode()).isEqualTo("HUMANITIES"));
        }
        assertThat(catalog.requirementsForClassOf(2027)).extracting(RequirementView::areaCode).containsSubsequence(
                "HUMANITIES", "CIVICS", "ARTS", "PERSONAL_FINANCE", "STEM");
        assertThat(catalog.requirementsForClassOf(2026)).filteredOn(r -> r.areaCode().equals("MASTERY_ASSESSMENT"))
                .singleElement().satisfies(r -> {
                    assertThat(r.localOption()).isTrue();
                    assertThat(r.source()).contains("PA 23-21");
                });
    }

    @Test
    void anAreaCanBeIncludedInAnotherButNotInItselfNorTwoLevelsDeep() {
        CreditAdminViews.AreaRow humanities = areaRow("HUMANITIES");
        CreditAdminViews.AreaRow civics = areaRow("CIVICS");
        CreditForms.AreaForm civicsInItself = CreditForms.AreaForm.of(civics);
        civicsInItself.setPartOfAreaId(civics.id());
        CreditForms.AreaForm humanitiesInCivics = CreditForms.AreaForm.of(humanities);
        humanitiesInCivics.setPartOfAreaId(civics.id());

        assertThatThrownBy(() -> editor.reviseArea(civics.id(), civicsInItself)).isInstanceOf(ChangeRefused.class);
        assertThatThrownBy(() -> editor.reviseArea(humanities.id(), humanitiesInCivics))
                .isInstanceOf(ChangeRefused.class);
        assertThat(areaRow("CIVICS").partOfId()).isEqualTo(humanities.id());
        assertThat(areaRow("HUMANITIES").partOfId()).isNull();
    }

    private CreditAdminViews.AreaRow areaRow(String code) {
        return catalog.areaRows().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aRequirementChangedForLaterClassesLeavesEarlierClassesAsTheyWere() {
        RequirementRowFixture stem = requirement("STEM");
        RequirementForm ended = RequirementForm.of(stem.row());
        ended.setLastClassYear(2029);
        editor.reviseRequirement(stem.row().id(), ended);
        RequirementForm later = requirement(stem.row().areaId(), "10", 2030, null);

        editor.addRequirement(later);

        assertThat(credits(2029, "STEM")).isEqualByComparingTo("9");
        assertThat(credits(2030, "STEM")).isEqualByComparingTo("10");
    }

    @Test
    void aRequirementOverlappingAnotherForTheSameAreaIsRefusedNamingIt() {
        long stem = requirement("STEM").row().areaId();

        assertThatThrownBy(() -> editor.addRequirement(requirement(stem, "1", 2026, 2027)))
                .isInstanceOfSatisfying(ChangeRefused.class, e -> assertThat(e.reasons()).singleElement()
                        .satisfies(r -> {
                            assertThat(r.field()).isEqualTo("firstClassYear");
                            assertThat(r.text()).contains("2023–");
                        }));
    }

    @Test
    void aRequirementWithNoCreditsOrClassesBackwardsIsRefusedWithEveryReason() {
        AreaForm area = area("FIN_LIT", "Financial literacy");
        long id = editor.addArea(area).getId();

        assertThatThrownBy(() -> editor.addRequirement(requirement(id, "0", 2030, 2028)))
                .isInstanceOfSatisfying(ChangeRefused.class, e -> assertThat(e.reasons()).extracting(Reason::field)
                        .containsExactlyInAnyOrder("credits", "lastClassYear"));
        assertThatThrownBy(() -> editor.addRequirement(requirement(id, "-1", 1990, null)))
                .isInstanceOfSatisfying(ChangeRefused.class, e -> assertThat(e.reasons()).extracting(Reason::field)
                        .containsExactlyInAnyOrder("credits", "firstClassYear"));
    }

    @Test
    void aRetiredRequirementNoLongerApplies() {
        RequirementRowFixture finance = requirement("PERSONAL_FINANCE");

        editor.retireRequirement(finance.row().id());

        assertThat(catalog.requirementsForClassOf(2027)).extracting(RequirementView::areaCode)
                .doesNotContain("PERSONAL_FINANCE");
        assertThat(catalog.requirementRows()).filteredOn(r -> r.id() == finance.row().id()).singleElement()
                .satisfies(r -> assertThat(r.retired()).isTrue());
    }

    @Test
    void anAreaInUseIsNotRetiredAnUnusedOneIs() {
        long stem = requirement("STEM").row().areaId();
        assertThatThrownBy(() -> editor.retireArea(stem)).isInstanceOf(ChangeRefused.class)
                .hasMessageContaining("2023–");

        long fresh = editor.addArea(area("ROBOTICS", "Robotics")).getId();
        editor.retireArea(fresh);

        assertThat(catalog.areas()).extracting(CreditViews.AreaView::code).doesNotContain("ROBOTICS");
    }

    @Test
    void anAreaCodeIsUniqueAndANameIsRequired() {
        assertThatThrownBy(() -> editor.addArea(area("STEM", " "))).isInstanceOfSatisfying(ChangeRefused.class,
                e -> assertThat(e.reasons()).extracting(Reason::field, Reason::code).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("code", "admin.error.duplicateCode"),
                        org.assertj.core.groups.Tuple.tuple("name", "admin.error.required")));
    }

    @Test
    void aBundleIsCreatedRevisedAndRetired() {
        List<Long> two = competencies("MATH-07", "MATH-08");
        BundleForm form = bundle("PROBABILITY", "Statistics", areaId("STEM"), "1", two);
        form.setPartialAllowed(true);
        CreditBundle created = editor.addBundle(form);

        assertThat(bundleView("PROBABILITY")).satisfies(b -> {
            assertThat(b.competencyIds()).containsExactlyInAnyOrderElementsOf(two);
            assertThat(b.partialAllowed()).isTrue();
        });

        BundleForm revised = bundle("ignored", "Statistics and probability", areaId("ELECTIVES"), "1.5",
                competencies("MATH-08"));
        revised.setShareable(true);
        editor.reviseBundle(created.getId(), revised);

        assertThat(bundleView("PROBABILITY")).satisfies(b -> {
            assertThat(b.name()).isEqualTo("Statistics and probability");
            assertThat(b.areaCode()).isEqualTo("ELECTIVES");
            assertThat(b.credits()).isEqualByComparingTo("1.5");
            assertThat(b.competencyIds()).containsExactlyElementsOf(competencies("MATH-08"));
            assertThat(b.partialAllowed()).isFalse();
            assertThat(b.shareable()).isTrue();
        });

        editor.retireBundle(created.getId());
        assertThat(catalog.bundles()).extracting(BundleView::code).doesNotContain("PROBABILITY");
    }

    @Test
    void aBundleWorthNothingWithoutCompetenciesOrWithADuplicateCodeIsRefused() {
        String existing = catalog.bundles().get(0).code();

        assertThatThrownBy(() -> editor.addBundle(bundle(existing, "", null, "0", List.of())))
                .isInstanceOfSatisfying(ChangeRefused.class, e -> assertThat(e.reasons()).extracting(Reason::field)
                        .containsExactlyInAnyOrder("code", "name", "areaId", "credits", "competencyIds"));
        assertThatThrownBy(() -> editor.addBundle(bundle("TINY", "Tiny", areaId("STEM"), "0.001",
                competencies("MATH-01")))).hasMessageContaining("hundredths");
    }

    @Test
    void aRetiredCompetencyNoLongerCountsTowardItsBundles() {
        CreditBundle bundle = editor.addBundle(bundle("PAIR", "A pair", areaId("ELECTIVES"), "1",
                competencies("MATH-07", "MATH-08")));
        long retired = competencies("MATH-08").get(0);
        jdbcRetire(retired);

        assertThat(catalog.bundles()).filteredOn(b -> b.id() == bundle.getId()).singleElement()
                .satisfies(b -> assertThat(b.competencyIds()).containsExactlyElementsOf(competencies("MATH-07")));
        assertThat(catalog.bundleRows()).filteredOn(b -> b.id() == bundle.getId()).singleElement()
                .satisfies(b -> assertThat(b.competencies()).filteredOn(CreditAdminViews.CompetencyRef::retired)
                        .extracting(CreditAdminViews.CompetencyRef::code).containsExactly("MATH-08"));
        assertThatThrownBy(() -> editor.reviseBundle(bundle.getId(), bundle("PAIR", "A pair", areaId("ELECTIVES"),
                "1", List.of(retired)))).hasMessageContaining("not retired");
    }

    @Test
    void everyChangeToTheCreditRulesAsksForEveryStudentToBeRecomputed() {
        long area = editor.addArea(area("SERVICE", "Community service")).getId();
        GraduationRequirement requirement = editor.addRequirement(requirement(area, "1", 2031, null));
        editor.reviseRequirement(requirement.getId(), requirement(area, "2", 2031, null));
        CreditBundle bundle = editor.addBundle(bundle("SERV", "Service", area, "1", competencies("CC-01")));
        editor.reviseBundle(bundle.getId(), bundle("SERV", "Service learning", area, "1", competencies("CC-01")));
        editor.retireBundle(bundle.getId());
        editor.retireRequirement(requirement.getId());
        editor.retireArea(area);

        assertThat(events.stream(org.pathwayplanner.framework.FrameworkChanged.class)).hasSize(8);
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager entities;

    /** The framework's own editor retires competencies (see FrameworkAdministrationTests); here only the fact matters. */
    private void jdbcRetire(long competencyId) {
        entities.flush();
        jdbc.update("update competency set retired = true where id = ?", competencyId);
        entities.clear();
    }

    private record RequirementRowFixture(CreditAdminViews.RequirementRow row) {
    }

    private RequirementRowFixture requirement(String areaCode) {
        long area = areaId(areaCode);
        return new RequirementRowFixture(catalog.requirementRows().stream().filter(r -> r.areaId() == area)
                .findFirst().orElseThrow());
    }

    private long areaId(String code) {
        return catalog.areaRows().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow().id();
    }

    private BigDecimal credits(int classYear, String area) {
        return catalog.requirementsForClassOf(classYear).stream().filter(r -> r.areaCode().equals(area))
                .map(RequirementView::credits).findFirst().orElseThrow();
    }

    private static BigDecimal total(List<RequirementView> requirements) {
        return requirements.stream().map(RequirementView::credits).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BundleView bundleView(String code) {
        return catalog.bundles().stream().filter(b -> b.code().equals(code)).findFirst().orElseThrow();
    }

    private List<Long> competencies(String... codes) {
        List<String> wanted = List.of(codes);
        return framework.competencies().stream().filter(c -> wanted.contains(c.code())).map(CompetencyView::id)
                .toList();
    }

    static AreaForm area(String code, String name) {
        AreaForm form = new AreaForm();
        form.setCode(code);
        form.setName(name);
        return form;
    }

    static RequirementForm requirement(long areaId, String credits, int first, Integer last) {
        RequirementForm form = new RequirementForm();
        form.setAreaId(areaId);
        form.setCredits(new BigDecimal(credits));
        form.setFirstClassYear(first);
        form.setLastClassYear(last);
        form.setSource("Board policy");
        return form;
    }

    static BundleForm bundle(String code, String name, Long areaId, String credits, List<Long> competencyIds) {
        BundleForm form = new BundleForm();
        form.setCode(code);
        form.setName(name);
        form.setAreaId(areaId);
        form.setCredits(new BigDecimal(credits));
        form.setCompetencyIds(new java.util.ArrayList<>(competencyIds));
        return form;
    }
}
