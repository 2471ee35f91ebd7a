package org.pathwayplanner.transcript;

import java.util.Locale;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The transcript as a page and as a PDF: a student's own, and any student's the viewer may see (a guardian their
 * child's, staff for internal use). Releasing it to a college is a separate, recorded step.
 */
@Controller
class TranscriptPagesController {

    static final String PAGE = "transcript/transcript";

    private final Transcripts transcripts;
    private final TranscriptPdf pdf;
    private final PeopleDirectory people;
    private final StudentProgress progress;

    TranscriptPagesController(Transcripts transcripts, TranscriptPdf pdf, PeopleDirectory people,
            StudentProgress progress) {
        this.progress = progress;
        this.transcripts = transcripts;
        this.pdf = pdf;
        this.people = people;
    }

    @GetMapping("/student/transcript")
    String mine(Authentication who, Model model) {
        return page(Viewer.of(who), ownStudentId(who), "/student/transcript.pdf", model);
    }

    @GetMapping("/student/transcript.pdf")
    ResponseEntity<byte[]> minePdf(Authentication who, Locale locale) {
        return pdfOf(Viewer.of(who), ownStudentId(who), locale);
    }

    @GetMapping("/students/{id}/transcript")
    String ofStudent(@PathVariable long id, Authentication who, Model model) {
        return page(Viewer.of(who), id, "/students/" + id + "/transcript.pdf", model);
    }

    @GetMapping("/students/{id}/transcript.pdf")
    ResponseEntity<byte[]> ofStudentPdf(@PathVariable long id, Authentication who, Locale locale) {
        return pdfOf(Viewer.of(who), id, locale);
    }

    private String page(Viewer viewer, long studentId, String pdfLink, Model model) {
        model.addAttribute("doc", transcripts.of(viewer, studentId));
        model.addAttribute("progress", progress.progressOf(studentId));
        model.addAttribute("pdfLink", pdfLink);
        model.addAttribute("studentLinks", viewer.role() == Role.STUDENT);
        return PAGE;
    }

    private ResponseEntity<byte[]> pdfOf(Viewer viewer, long studentId, Locale locale) {
        TranscriptDocument doc = transcripts.of(viewer, studentId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(doc.fileName())
                        .build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf.render(doc, locale));
    }

    private long ownStudentId(Authentication who) {
        return people.studentOfAccount(who.getName()).orElseThrow(
                () -> new AccessDeniedException("This account is not linked to a student record")).id();
    }
}
