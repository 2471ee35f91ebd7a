package org.pathwayplanner.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.framework.FrameworkViews.PrerequisiteEdge;

class PrerequisiteGraphTest {

    // 3 requires 2, 2 requires 1
    private final PrerequisiteGraph chain = new PrerequisiteGraph(List.of(
            new PrerequisiteEdge(3, 2), new PrerequisiteEdge(2, 1)));

    @Test
    void anEdgeAlongTheChainKeepsTheGraphAcyclic() {
        assertThat(chain.cycleIfAdded(3, 1)).isEmpty();
        assertThat(chain.cycleIfAdded(4, 3)).isEmpty();
    }

    @Test
    void anEdgeBackToTheStartClosesACycleThroughEveryLink() {
        assertThat(chain.cycleIfAdded(1, 3)).contains(List.of(1L, 3L, 2L, 1L));
    }

    @Test
    void aCompetencyCannotRequireItself() {
        assertThat(chain.cycleIfAdded(2, 2)).contains(List.of(2L, 2L));
    }

    @Test
    void aDirectTwoWayEdgeIsACycle() {
        assertThat(chain.cycleIfAdded(1, 2)).contains(List.of(1L, 2L, 1L));
    }
}
