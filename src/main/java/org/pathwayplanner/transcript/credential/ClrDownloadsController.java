package org.pathwayplanner.transcript.credential;

import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.transcript.credential.ClrCredentials.ClrFile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The signed CLR beside the PDF: the student's own, and any student's the viewer may see. */
@Controller
class ClrDownloadsController {

    private final ClrCredentials credentials;
    private final PeopleDirectory people;

    ClrDownloadsController(ClrCredentials credentials, PeopleDirectory people) {
        this.credentials = credentials;
        this.people = people;
    }

    @GetMapping("/student/transcript.clr.json")
    ResponseEntity<byte[]> mine(Authentication who) {
        long own = people.studentOfAccount(who.getName()).orElseThrow(
                () -> new AccessDeniedException("This account is not linked to a student record")).id();
        return download(credentials.signedClrFile(Viewer.of(who), own));
    }

    @GetMapping("/students/{id}/transcript.clr.json")
    ResponseEntity<byte[]> ofStudent(@PathVariable long id, Authentication who) {
        return download(credentials.signedClrFile(Viewer.of(who), id));
    }

    private static ResponseEntity<byte[]> download(ClrFile file) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.json());
    }
}
