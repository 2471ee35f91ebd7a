package org.pathwayplanner.policy;

import java.security.Principal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The rule editor's drafts: saved by the page's script as the administrator types, discarded with a button. */
@Controller
@RequestMapping("/admin/rules/drafts")
class RuleDraftsController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final RuleDrafts drafts;
    private final RulePublisher publisher;

    RuleDraftsController(RuleDrafts drafts, RulePublisher publisher) {
        this.drafts = drafts;
        this.publisher = publisher;
    }

    /** Keeps the text as the caller's draft of the file; answers when it was saved. */
    @PostMapping(path = "/{file}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, String> save(@PathVariable String file, @RequestParam String content, Principal who) {
        try {
            RuleDraft saved = drafts.save(who.getName(), file, content, publisher.activeVersion().getVersionNo());
            return Map.of("file", file, "savedAt", TIME.format(saved.getSavedAt().atZone(ZoneId.systemDefault())));
        } catch (IllegalArgumentException refused) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, refused.getMessage());
        }
    }

    @PostMapping("/{file}/discard")
    String discard(@PathVariable String file, Principal who, RedirectAttributes redirect) {
        drafts.discard(who.getName(), file);
        if (file.matches(RuleDrafts.FILE_NAME) && publisher.activeVersion().getFiles().containsKey(file)) {
            return "redirect:/admin/rules/files/" + file;
        }
        redirect.addFlashAttribute("draftDiscarded", file);
        return "redirect:/admin/rules";
    }
}
