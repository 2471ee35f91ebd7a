package org.pathwayplanner.transcript;

import java.util.Locale;
import java.util.Map;
import org.pathwayplanner.people.Viewer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A graduating class's transcripts as one zip of PDFs, for counselors (their caseload) and administrators. */
@Controller
class ClassTranscriptsController {

    static final String FORM = "transcript/classForm";
    static final String JOB = "transcript/classJob";

    private final ClassTranscripts batches;

    ClassTranscriptsController(ClassTranscripts batches) {
        this.batches = batches;
    }

    @GetMapping("/transcripts/class")
    String form(Authentication who, Model model) {
        model.addAttribute("classes", batches.classesFor(Viewer.of(who)));
        return FORM;
    }

    @PostMapping("/transcripts/class")
    String start(@RequestParam(required = false) Integer graduationYear, Authentication who, Locale locale,
            Model model) {
        Viewer viewer = Viewer.of(who);
        if (graduationYear == null || !batches.classesFor(viewer).contains(graduationYear)) {
            model.addAttribute("classes", batches.classesFor(viewer));
            model.addAttribute("yearError", true);
            return FORM;
        }
        ClassTranscripts.Job job = batches.start(viewer, graduationYear, locale);
        return "redirect:/transcripts/class/jobs/" + job.getId();
    }

    @GetMapping("/transcripts/class/jobs/{jobId}")
    String job(@PathVariable String jobId, Authentication who, Model model) {
        model.addAttribute("job", find(who, jobId));
        return JOB;
    }

    @GetMapping(path = "/transcripts/class/jobs/{jobId}/status", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> status(@PathVariable String jobId, Authentication who) {
        ClassTranscripts.Job job = find(who, jobId);
        return Map.of("state", job.getState(), "percent", job.percent(), "done", job.getDone(), "total", job.getTotal());
    }

    @GetMapping("/transcripts/class/jobs/{jobId}/download")
    ResponseEntity<StreamingResponseBody> download(@PathVariable String jobId, Authentication who) {
        ClassTranscripts.Job job = find(who, jobId);
        if (!"DONE".equals(job.getState())) {
            return ResponseEntity.status(409).contentType(MediaType.TEXT_PLAIN)
                    .body(out -> out.write("The transcripts of this class are not ready yet.".getBytes(
                            java.nio.charset.StandardCharsets.UTF_8)));
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(job.fileName())
                        .build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(out -> batches.copyZip(job, out));
    }

    private ClassTranscripts.Job find(Authentication who, String jobId) {
        return batches.job(Viewer.of(who), jobId).orElseThrow(
                () -> new java.util.NoSuchElementException("No such batch of transcripts: " + jobId));
    }
}
