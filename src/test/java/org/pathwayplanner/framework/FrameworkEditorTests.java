package org.pathwayplanner.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@PlannerTest
@Transactional
class FrameworkEditorTests {

    @Autowired
    FrameworkEditor editor;
    @Autowired
    FrameworkCatalog catalog;

    @Test
    void aPrerequisiteThatClosesACycleIsRefusedNamingTheCycle() {
        // In the demo framework MATH-03 requires MATH-02, which requires MATH-01.
        Map<String, Competency> math = editor.competenciesByCode(java.util.List.of("MATH-01", "MATH-03"));

        assertThatThrownBy(() -> editor.addPrerequisite(math.get("MATH-01").getId(), math.get("MATH-03").getId()))
                .isInstanceOf(PrerequisiteCycleException.class)
                .hasMessageContaining("MATH-01 requires MATH-03 requires MATH-02 requires MATH-01")
                .satisfies(e -> assertThat(((PrerequisiteCycleException) e).cycle())
                        .containsExactly("MATH-01", "MATH-03", "MATH-02", "MATH-01"));
    }

    @Test
    void aPrerequisiteThatKeepsTheGraphAcyclicIsRecorded() {
        Map<String, Competency> c = editor.competenciesByCode(java.util.List.of("SCI-08", "MATH-08"));
        int before = catalog.prerequisites().size();

        editor.addPrerequisite(c.get("SCI-08").getId(), c.get("MATH-08").getId());

        assertThat(catalog.prerequisites()).hasSize(before + 1);
    }

    @Test
    void theMasteryThresholdMustBeALevelOfTheScale() {
        assertThatThrownBy(() -> editor.moveMasteryThreshold(7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be one of the scale's levels (1-4)");
    }

    @Test
    void theDistrictRenamesALevelAndMovesTheThreshold() {
        editor.renameLevel(3, "Meets");
        editor.moveMasteryThreshold(4);

        assertThat(catalog.scale().labelOf(3)).isEqualTo("Meets");
        assertThat(catalog.scale().masteryThreshold()).isEqualTo(4);
    }
}
