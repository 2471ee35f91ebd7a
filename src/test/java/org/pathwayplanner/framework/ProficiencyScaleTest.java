package org.pathwayplanner.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Re-cutting the scale: levels come and go only at its ends, never under the mastery threshold. */
class ProficiencyScaleTest {

    private final ProficiencyScale scale = ProficiencyScale.standardFourLevels();

    @Test
    void aLevelIsAddedAboveTheHighestAndBelowTheLowest() {
        assertThat(scale.addLevelAbove("Distinguished", null)).isEqualTo(5);
        assertThat(scale.addLevelBelow("Not yet", "No evidence of understanding")).isEqualTo(0);

        assertThat(scale.minLevel()).isZero();
        assertThat(scale.maxLevel()).isEqualTo(5);
        assertThat(scale.labelOf(0)).isEqualTo("Not yet");
    }

    @Test
    void noLevelGoesBelowZero() {
        scale.addLevelBelow("Not yet", null);

        assertThatThrownBy(() -> scale.addLevelBelow("Less than nothing", null)).isInstanceOf(ChangeRefused.class)
                .hasMessageContaining("already 0");
    }

    @Test
    void aLevelInBetweenIsNotRemoved() {
        assertThatThrownBy(() -> scale.removeLevel(2)).isInstanceOf(ChangeRefused.class)
                .hasMessageContaining("level 2 is in between");
        assertThat(scale.getLevels()).hasSize(4);
    }

    @Test
    void theLevelTheThresholdIsOnIsNotRemoved() {
        scale.moveThresholdTo(4);

        assertThatThrownBy(() -> scale.removeLevel(4)).isInstanceOf(ChangeRefused.class)
                .hasMessageContaining("move the threshold first");
    }

    @Test
    void theHighestLevelIsRemovedWhenTheThresholdIsElsewhere() {
        scale.removeLevel(4);

        assertThat(scale.maxLevel()).isEqualTo(3);
        assertThat(scale.getMasteryThreshold()).isEqualTo(3);
    }

    @Test
    void aScaleKeepsAtLeastTwoLevels() {
        scale.moveThresholdTo(2);
        scale.removeLevel(4);
        scale.removeLevel(3);

        assertThatThrownBy(() -> scale.removeLevel(1)).isInstanceOf(ChangeRefused.class)
                .hasMessageContaining("at least two levels");
    }

    @Test
    void anUnknownLevelIsNotRemoved() {
        assertThatThrownBy(() -> scale.removeLevel(9)).isInstanceOf(ChangeRefused.class)
                .hasMessageContaining("no level 9");
    }
}
