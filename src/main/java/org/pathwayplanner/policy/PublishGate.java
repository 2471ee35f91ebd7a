package org.pathwayplanner.policy;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Publish is allowed only for the exact draft (the hash of its files) whose latest preview passed for every
 * student, taken against the version still in use, less than {@link #VALID_FOR} ago; a draft that takes a credit
 * or a met status away from students also needs a confirmation naming how many.
 *
 * <p>The outcome is kept per draft for the whole district, not per administrator: whether a draft evaluates every
 * student is a fact about its files and the district's data, whoever asked; the audit log names who previewed
 * and who published. It is kept in the database so that it holds across a restart and on every server of a
 * cluster.
 */
@Component
class PublishGate {

    /** A preview older than this no longer admits a publish: the district's evidence has moved on since. */
    static final Duration VALID_FOR = Duration.ofHours(24);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final RulePreviewRepository previews;
    private final Clock clock;

    PublishGate(RulePreviewRepository previews, Clock clock) {
        this.previews = previews;
        this.clock = clock;
    }

    void record(String actor, DraftPreview preview) {
        previews.save(new RulePreview(preview, actor, clock.instant()));
    }

    /** The latest preview of the draft whose files hash to {@code draftHash}. */
    Optional<RulePreview> latest(String draftHash) {
        return previews.findFirstByDraftHashOrderByPreviewedAtDescIdDesc(draftHash);
    }

    /**
     * Lets the draft through, or refuses naming why: never previewed, changed since the actor's preview, previewed
     * against another version or too long ago, failed for some students, or revoking without the right count.
     */
    void admit(String actor, String draftHash, int activeVersionNo, Integer confirmedRevocations) {
        RulePreview preview = latest(draftHash).orElseThrow(() -> previews
                .findFirstByPreviewedByOrderByPreviewedAtDescIdDesc(actor)
                .map(mine -> new PublishRefused("rules.gate.changed", time(mine)))
                .orElseGet(() -> new PublishRefused("rules.gate.unpreviewed")));
        if (preview.getActiveVersionNo() != activeVersionNo) {
            throw new PublishRefused("rules.gate.outdated", activeVersionNo, preview.getActiveVersionNo());
        }
        if (preview.getPreviewedAt().plus(VALID_FOR).isBefore(clock.instant())) {
            throw new PublishRefused("rules.gate.expired", time(preview), VALID_FOR.toHours());
        }
        if (preview.getFailedStudents() > 0) {
            throw new PublishRefused("rules.gate.failed", preview.getFailedStudents(), preview.getFailures());
        }
        int revoked = preview.getRevokedStudents();
        if (revoked > 0 && confirmedRevocations == null) {
            throw new PublishRefused("rules.gate.confirm", revoked);
        }
        if (confirmedRevocations != null && confirmedRevocations != revoked) {
            throw new PublishRefused("rules.gate.wrongCount", confirmedRevocations, revoked);
        }
    }

    private String time(RulePreview preview) {
        return TIME.format(preview.getPreviewedAt().atZone(clock.getZone() == null ? ZoneId.systemDefault()
                : clock.getZone()));
    }
}
