package org.pathwayplanner.policy;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each administrator's drafts, one per rule file, kept on the server as they type so that leaving the page
 * loses nothing; only their owner sees them. A draft ends when it is published or discarded.
 */
@Service
class RuleDrafts {

    /** As the editor accepts a file name: letters, digits, - and _, ending in .drl or .drl.csv. */
    static final String FILE_NAME = "[\\w-]{1,150}\\.drl(\\.csv)?";
    /** The most a draft holds, as a stored rule file. */
    static final int MAX_LENGTH = 1_000_000;

    private final RuleDraftRepository drafts;
    private final Clock clock;

    RuleDrafts(RuleDraftRepository drafts, Clock clock) {
        this.drafts = drafts;
        this.clock = clock;
    }

    @Transactional
    RuleDraft save(String owner, String file, String content, int basedOnVersionNo) {
        if (!file.matches(FILE_NAME)) {
            throw new IllegalArgumentException("A rule file is named like mastery.drl or pathway-types.drl.csv");
        }
        if (content.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A rule file holds at most " + MAX_LENGTH + " characters");
        }
        RuleDraft draft = drafts.findByOwnerAndFileName(owner, file).orElseGet(() -> new RuleDraft(owner, file));
        draft.write(content.replace("\r\n", "\n"), basedOnVersionNo, clock.instant());
        return drafts.save(draft);
    }

    Optional<RuleDraft> find(String owner, String file) {
        return drafts.findByOwnerAndFileName(owner, file);
    }

    List<RuleDraft> of(String owner) {
        return drafts.findByOwnerOrderByFileName(owner);
    }

    @Transactional
    void discard(String owner, String file) {
        drafts.discard(owner, file);
    }
}
