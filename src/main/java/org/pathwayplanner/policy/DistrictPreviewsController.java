package org.pathwayplanner.policy;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A preview over the district in the background: its page (progress, cancel, the outcome), its status for the page's
 * script. The administrator who started it finds a finished preview where they started it (the editor, the policy
 * form, the shipped rules) with their draft, as a preview always showed; other administrators see it here.
 */
@Controller
@RequestMapping("/admin/rules/previews")
class DistrictPreviewsController {

    static final String JOB = "policy/previewJob";

    private final DistrictPreviews previews;
    private final PreviewPage previewPage;

    DistrictPreviewsController(DistrictPreviews previews, PreviewPage previewPage) {
        this.previews = previews;
        this.previewPage = previewPage;
    }

    @GetMapping("/{jobId}")
    String job(@PathVariable String jobId, Principal who, Model model) {
        DistrictPreviews.Job job = find(jobId);
        boolean own = job.getOwner().equals(who.getName());
        java.util.Optional<String> outcomePage = job.outcomePage();
        if (own && outcomePage.isPresent() && (job.state == DistrictPreviews.State.DONE
                || job.state == DistrictPreviews.State.INVALID)) {
            return "redirect:" + outcomePage.get();
        }
        model.addAttribute("job", job);
        model.addAttribute("own", own);
        job.result().ifPresent(result -> previewPage.show(model, result));
        return JOB;
    }

    @GetMapping(path = "/{jobId}/status", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> status(@PathVariable String jobId) {
        DistrictPreviews.Job job = find(jobId);
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("state", job.getState());
        status.put("percent", job.percent());
        status.put("done", job.getDone());
        status.put("total", job.getTotal());
        status.put("cancelling", job.isCancelRequested());
        return status;
    }

    @PostMapping("/{jobId}/cancel")
    String cancel(@PathVariable String jobId, Principal who) {
        previews.cancel(who.getName(), jobId);
        return "redirect:/admin/rules/previews/" + jobId;
    }

    private DistrictPreviews.Job find(String jobId) {
        return previews.job(jobId).orElseThrow(() -> new java.util.NoSuchElementException("No such preview: " + jobId));
    }
}
