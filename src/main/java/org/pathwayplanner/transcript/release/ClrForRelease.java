package org.pathwayplanner.transcript.release;

import java.util.Locale;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.transcript.credential.ClrCredentials;
import org.pathwayplanner.transcript.credential.ClrCredentials.ClrFile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The signed Comprehensive Learner Record as a release holds it: signed at release, so the recipient's copy verifies
 * on the district's verification page and with any verifier for as long as its key is not retired.
 */
@Component
@Order(2)
class ClrForRelease implements DocumentForRelease {

    private final ClrCredentials credentials;

    ClrForRelease(ClrCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public ReleasedDocument make(Viewer releasedBy, long studentId, Locale locale) {
        ClrFile clr = credentials.signedClrFile(releasedBy, studentId);
        return new ReleasedDocument(DocumentKind.CLR, "application/json", clr.fileName(), clr.json());
    }
}
