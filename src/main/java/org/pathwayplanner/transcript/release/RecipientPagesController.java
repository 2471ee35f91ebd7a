package org.pathwayplanner.transcript.release;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The recipient's page, public on purpose: the e-mailed link is the credential (no district account). A link that is
 * unknown, expired or revoked shows one page that says so, whichever it is; nothing is cached or indexed.
 */
@Controller
class RecipientPagesController {

    static final String PAGE = "transcript/release/recipient";
    static final String GONE = "transcript/release/linkGone";

    private final TranscriptReleases releases;

    RecipientPagesController(TranscriptReleases releases) {
        this.releases = releases;
    }

    @GetMapping("/released/{token}")
    String open(@PathVariable String token, Model model, HttpServletResponse response) {
        noStore(response);
        return releases.open(token).map(view -> {
            model.addAttribute("view", view);
            model.addAttribute("token", token);
            return PAGE;
        }).orElseGet(() -> {
            response.setStatus(HttpServletResponse.SC_GONE);
            return GONE;
        });
    }

    @GetMapping("/released/{token}/documents/{documentId}")
    ResponseEntity<?> download(@PathVariable String token, @PathVariable long documentId) {
        return releases.download(token, documentId).<ResponseEntity<?>>map(d -> ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(d.fileName())
                        .build().toString())
                .cacheControl(CacheControl.noStore()).header("X-Robots-Tag", "noindex")
                .body(d.content()))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.GONE).cacheControl(CacheControl.noStore()).build());
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
