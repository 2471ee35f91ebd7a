package org.pathwayplanner.pathways;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two-person rule on its own: who may decide which approval, and whom each approval is routed to. */
class TwoPersonApprovalTest {

    static final Instant NOW = Instant.parse("2026-12-04T15:00:00Z");

    @Test
    void whoDecidedTheTeacherReviewMayNotDecideTheCounselorApprovalAndTheOtherWayRound() {
        TwoPersonApproval rule = TwoPersonApproval.of(List.of(decision("TeacherReview", "counselor1"),
                decision("CounselorApproval", "counselor2")));

        assertThat(rule.refusal("CounselorApproval", "counselor1")).hasValue("You decided the teacher review of this"
                + " proposal, so its counselor approval needs someone else: two different people approve every proposal.");
        assertThat(rule.refusal("TeacherReview", "counselor2")).isPresent();
        assertThat(rule.refusal("CounselorApproval", "counselor3")).isEmpty();
        assertThat(rule.refusal("TeacherReview", "counselor1")).isEmpty();   // the same approval in a later round
    }

    @Test
    void theTeacherWhoReviewedMayStillAssessTheCompletedPathway() {
        TwoPersonApproval rule = TwoPersonApproval.of(List.of(decision("TeacherReview", "teacher.math")));

        assertThat(rule.refusal("AssessPathway", "teacher.math")).isEmpty();
        assertThat(rule.refusal("GuardianConsent", "teacher.math")).isEmpty();
    }

    @Test
    void theCounselorWhoDecidedTheTeacherReviewHandsTheApprovalToAnotherCounselor() {
        TwoPersonApproval rule = TwoPersonApproval.of(List.of(decision("TeacherReview", "counselor1")));

        TwoPersonApproval.Routing routing = rule.route("CounselorApproval",
                List.of(List.of("counselor1"), List.of("counselor1", "counselor2"), List.of("admin")));

        assertThat(routing.reviewers()).containsExactly("counselor2");
        assertThat(routing.leftOut()).containsExactly("counselor1");
        assertThat(routing.secondPerson()).isTrue();
    }

    @Test
    void withNoOtherCounselorAnAdministratorWhoHasNotDecidedTakesIt() {
        TwoPersonApproval rule = TwoPersonApproval.of(List.of(decision("TeacherReview", "admin.rhs")));

        TwoPersonApproval.Routing routing = rule.route("CounselorApproval",
                List.of(List.of("admin.rhs"), List.of(), List.of("admin.rhs", "admin")));

        assertThat(routing.reviewers()).containsExactly("admin");
    }

    @Test
    void withNobodyEligibleNobodyIsChosenAndTheDeciderIsNamed() {
        TwoPersonApproval rule = TwoPersonApproval.of(List.of(decision("TeacherReview", "counselor1")));

        TwoPersonApproval.Routing routing = rule.route("CounselorApproval",
                List.of(List.of("counselor1"), List.of("counselor1"), List.of()));

        assertThat(routing.nobody()).isTrue();
        assertThat(routing.leftOut()).containsExactly("counselor1");
    }

    @Test
    void theUsualReviewersKeepTheApprovalWhenNoneOfThemDecidedTheOther() {
        TwoPersonApproval rule = TwoPersonApproval.of(List.of(decision("TeacherReview", "teacher.math")));

        TwoPersonApproval.Routing routing = rule.route("CounselorApproval",
                List.of(List.of("counselor1"), List.of("counselor1", "counselor2"), List.of("admin")));

        assertThat(routing.reviewers()).containsExactly("counselor1");
        assertThat(routing.group()).isZero();
        assertThat(routing.secondPerson()).isFalse();
    }

    private static ProposalDecision decision(String step, String decider) {
        return new ProposalDecision(null, step + "-" + decider, step, "APPROVE", decider, NOW, List.of(decider));
    }
}
