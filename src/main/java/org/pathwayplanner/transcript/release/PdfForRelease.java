package org.pathwayplanner.transcript.release;

import java.util.Locale;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.transcript.TranscriptDocument;
import org.pathwayplanner.transcript.TranscriptPdf;
import org.pathwayplanner.transcript.Transcripts;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The transcript's PDF as a release holds it: the same document the student's page offers, made at release. */
@Component
@Order(1)
class PdfForRelease implements DocumentForRelease {

    private final Transcripts transcripts;
    private final TranscriptPdf pdf;

    PdfForRelease(Transcripts transcripts, TranscriptPdf pdf) {
        this.transcripts = transcripts;
        this.pdf = pdf;
    }

    @Override
    public ReleasedDocument make(Viewer releasedBy, long studentId, Locale locale) {
        TranscriptDocument doc = transcripts.of(releasedBy, studentId);
        return new ReleasedDocument(DocumentKind.PDF, "application/pdf", doc.fileName(), pdf.render(doc, locale));
    }
}
