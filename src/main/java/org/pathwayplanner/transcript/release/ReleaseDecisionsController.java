package org.pathwayplanner.transcript.release;

import java.time.Clock;
import java.util.Locale;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.transcript.Transcripts;
import org.pathwayplanner.transcript.release.ReleaseViews.ReleaseView;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The counselor's side: the requests waiting for them and the releases of their caseload, one request with the
 * transcript they would release, the decision, and the link's revocation. Administrators see every release and may act.
 */
@Controller
class ReleaseDecisionsController {

    static final String LIST = "transcript/release/list";
    static final String REVIEW = "transcript/release/review";

    private final TranscriptReleases releases;
    private final Transcripts transcripts;
    private final Clock clock;

    ReleaseDecisionsController(TranscriptReleases releases, Transcripts transcripts, Clock clock) {
        this.releases = releases;
        this.transcripts = transcripts;
        this.clock = clock;
    }

    @GetMapping("/transcripts/releases")
    String list(Authentication who, Model model) {
        Viewer viewer = Viewer.of(who);
        model.addAttribute("waiting", releases.waitingFor(viewer));
        model.addAttribute("all", releases.seenBy(viewer));
        return LIST;
    }

    @GetMapping("/transcripts/releases/{releaseId}")
    String review(@PathVariable long releaseId, Authentication who, Model model) {
        Viewer viewer = Viewer.of(who);
        ReleaseView release = releases.forDecider(viewer, releaseId);
        boolean mayDecide = releases.waitsFor(viewer, releaseId);
        model.addAttribute("release", release);
        model.addAttribute("mayDecide", mayDecide);
        model.addAttribute("linkLive", release.linkLive(clock.instant()));
        if (mayDecide) {
            model.addAttribute("doc", transcripts.of(viewer, release.studentId()));
        }
        return REVIEW;
    }

    @PostMapping("/transcripts/releases/{releaseId}/decision")
    String decide(@PathVariable long releaseId, @RequestParam(required = false) TranscriptReleases.Decision decision,
            @RequestParam(required = false) String reason, Authentication who, Locale locale,
            RedirectAttributes redirect) {
        try {
            releases.decide(Viewer.of(who), releaseId, decision, reason, locale);
        } catch (ReleaseRefused refused) {
            redirect.addFlashAttribute("errors", refused.problems());
            redirect.addFlashAttribute("reason", reason);
            return "redirect:/transcripts/releases/" + releaseId;
        }
        redirect.addFlashAttribute("decided", decision.name());
        return "redirect:/transcripts/releases/" + releaseId;
    }

    @PostMapping("/transcripts/releases/{releaseId}/revoke")
    String revoke(@PathVariable long releaseId, Authentication who, RedirectAttributes redirect) {
        releases.revoke(Viewer.of(who), releaseId);
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/transcripts/releases/" + releaseId;
    }

    @PostMapping("/transcripts/releases/{releaseId}/send-again")
    String sendAgain(@PathVariable long releaseId, Authentication who, RedirectAttributes redirect) {
        releases.sendAgain(Viewer.of(who), releaseId);
        redirect.addFlashAttribute("sentAgain", true);
        return "redirect:/transcripts/releases/" + releaseId;
    }
}
