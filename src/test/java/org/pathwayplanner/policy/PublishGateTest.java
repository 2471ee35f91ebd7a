package org.pathwayplanner.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.progress.Impact;

/** The gate's decisions, one per reason, without Spring: a stored preview outcome in, admitted or refused out. */
class PublishGateTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final Impact NOTHING = new Impact(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), Map.of(), List.of());

    final RulePreviewRepository previews = mock(RulePreviewRepository.class);
    final PublishGate gate = new PublishGate(previews, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aDraftNeverPreviewedIsRefused() {
        when(previews.findFirstByDraftHashOrderByPreviewedAtDescIdDesc("sha256:a")).thenReturn(Optional.empty());
        when(previews.findFirstByPreviewedByOrderByPreviewedAtDescIdDesc("dana")).thenReturn(Optional.empty());

        assertRefused(() -> gate.admit("dana", "sha256:a", 3, null), "rules.gate.unpreviewed");
    }

    @Test
    void aDraftChangedSinceTheAdministratorsPreviewIsRefusedSayingSo() {
        when(previews.findFirstByDraftHashOrderByPreviewedAtDescIdDesc("sha256:b")).thenReturn(Optional.empty());
        when(previews.findFirstByPreviewedByOrderByPreviewedAtDescIdDesc("dana"))
                .thenReturn(Optional.of(outcome("sha256:a", 3, NOW.minusSeconds(60), 0, 0)));

        PublishRefused refused = assertRefused(() -> gate.admit("dana", "sha256:b", 3, null), "rules.gate.changed");
        assertThat(refused.getArguments()).containsExactly("2026-12-01 09:59");
    }

    @Test
    void aPreviewTakenOnAnotherVersionOrTooLongAgoNoLongerAdmits() {
        when(previews.findFirstByDraftHashOrderByPreviewedAtDescIdDesc("sha256:a"))
                .thenReturn(Optional.of(outcome("sha256:a", 2, NOW.minusSeconds(60), 0, 0)));
        assertRefused(() -> gate.admit("dana", "sha256:a", 3, null), "rules.gate.outdated");

        when(previews.findFirstByDraftHashOrderByPreviewedAtDescIdDesc("sha256:a"))
                .thenReturn(Optional.of(outcome("sha256:a", 3, NOW.minus(PublishGate.VALID_FOR).minusSeconds(1), 0, 0)));
        assertRefused(() -> gate.admit("dana", "sha256:a", 3, null), "rules.gate.expired");
    }

    @Test
    void aPreviewThatFailedForAStudentBlocksThePublishNamingTheStudent() {
        when(previews.findFirstByDraftHashOrderByPreviewedAtDescIdDesc("sha256:a"))
                .thenReturn(Optional.of(outcome("sha256:a", 3, NOW.minusSeconds(60), 1, 0)));

        PublishRefused refused = assertRefused(() -> gate.admit("dana", "sha256:a", 3, null), "rules.gate.failed");
        assertThat(refused.getArguments()[1].toString()).contains("Ana Lopez (#7): Unknown calculation method");
    }

    @Test
    void revocationsNeedTheirExactNumberAndACleanDraftNeedsNone() {
        when(previews.findFirstByDraftHashOrderByPreviewedAtDescIdDesc("sha256:a"))
                .thenReturn(Optional.of(outcome("sha256:a", 3, NOW.minusSeconds(60), 0, 4)));
        when(previews.findFirstByDraftHashOrderByPreviewedAtDescIdDesc("sha256:clean"))
                .thenReturn(Optional.of(outcome("sha256:clean", 3, NOW.minus(Duration.ofHours(23)), 0, 0)));

        assertRefused(() -> gate.admit("dana", "sha256:a", 3, null), "rules.gate.confirm");
        assertRefused(() -> gate.admit("dana", "sha256:a", 3, 5), "rules.gate.wrongCount");
        assertThatCode(() -> gate.admit("dana", "sha256:a", 3, 4)).doesNotThrowAnyException();
        assertThatCode(() -> gate.admit("dana", "sha256:clean", 3, null)).doesNotThrowAnyException();
        assertThatCode(() -> gate.admit("dana", "sha256:clean", 3, 0)).doesNotThrowAnyException();
    }

    private static PublishRefused assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        try {
            call.call();
        } catch (PublishRefused refused) {
            assertThat(refused.getMessageKey()).isEqualTo(key);
            return refused;
        } catch (Throwable other) {
            throw new AssertionError("expected a refusal " + key + ", got " + other, other);
        }
        assertThatThrownBy(call).as("refused with " + key).isInstanceOf(PublishRefused.class);
        return null;
    }

    private static RulePreview outcome(String hash, int version, Instant at, int failed, int revoked) {
        List<DraftPreview.StudentFailure> failures = java.util.stream.IntStream.range(0, failed)
                .mapToObj(i -> new DraftPreview.StudentFailure(7 + i, "Ana Lopez", "Unknown calculation method")).toList();
        List<DraftPreview.Revocation> revocations = java.util.stream.IntStream.range(0, revoked)
                .mapToObj(i -> new DraftPreview.Revocation(20 + i, "Student " + i, java.math.BigDecimal.TEN,
                        java.math.BigDecimal.ONE, "ON_TRACK", "AT_RISK")).toList();
        return new RulePreview(new DraftPreview(hash, version, 100, NOTHING, failures, revocations), "dana", at);
    }
}
