package org.pathwayplanner.transcript.release;

import java.util.Locale;
import org.pathwayplanner.people.Viewer;

/**
 * A kind of document every release holds, made when the counselor releases (so the bytes stored are the ones
 * disclosed). Each bean implementing it adds its document: the PDF is {@code PdfForRelease}; the signed CLR joins by a
 * bean calling {@code ClrCredentials.signedClr(releasedBy, studentId)}.
 */
public interface DocumentForRelease {

    /** The document of the student's record as the releasing counselor or administrator may see it. */
    ReleasedDocument make(Viewer releasedBy, long studentId, Locale locale);
}
