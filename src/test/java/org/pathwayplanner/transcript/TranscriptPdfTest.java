package org.pathwayplanner.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.transcript.TranscriptDocument.AreaCredits;
import org.pathwayplanner.transcript.TranscriptDocument.AreaSection;
import org.pathwayplanner.transcript.TranscriptDocument.CompetencyLine;
import org.pathwayplanner.transcript.TranscriptDocument.Credits;
import org.pathwayplanner.transcript.TranscriptDocument.EvidenceLine;
import org.pathwayplanner.transcript.TranscriptDocument.Issuer;
import org.pathwayplanner.transcript.TranscriptDocument.Learner;
import org.pathwayplanner.transcript.TranscriptDocument.PathwayLine;
import org.pathwayplanner.transcript.TranscriptDocument.ScaleLevel;
import org.springframework.beans.factory.annotation.Autowired;

/** The PDF prints every name as written, escapes what people typed, and is made for screen readers. */
@PlannerTest
class TranscriptPdfTest {

    @Autowired
    TranscriptPdf pdf;

    @Test
    void accentedNamesAndTypedMarkupPrintAsWritten() throws IOException {
        TranscriptDocument doc = document("Sofía Núñez-Łukaszewicz", "Hôpital <b>Saint-Éloi</b> & Co");

        try (PDDocument document = Loader.loadPDF(pdf.render(doc, Locale.ENGLISH))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Sofía Núñez-Łukaszewicz", "Hôpital <b>Saint-Éloi</b> & Co",
                    "Modelar con matemáticas", "Mastery-based transcript");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Mastery-based transcript of Sofía Núñez-Łukaszewicz");
            assertAccessibleWithEmbeddedFonts(document);
        }
    }

    @Test
    void aLongTranscriptRunsOverSeveralNumberedPages() throws IOException {
        TranscriptDocument doc = document("Ana Rivera", "Riverside Hospital", 120);

        try (PDDocument document = Loader.loadPDF(pdf.render(doc, Locale.ENGLISH))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            assertThat(new PDFTextStripper().getText(document)).contains("1 / " + document.getNumberOfPages());
        }
    }

    /** Tagged (a structure tree, marked content), titled, in a language, every font embedded. */
    static void assertAccessibleWithEmbeddedFonts(PDDocument document) throws IOException {
        assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        assertThat(document.getDocumentCatalog().getMarkInfo()).isNotNull();
        assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        assertThat(document.getDocumentCatalog().getLanguage()).isNotBlank();
        assertThat(document.getDocumentInformation().getTitle()).isNotBlank();
        for (PDPage page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }

    private static TranscriptDocument document(String name, String provider) {
        return document(name, provider, 3);
    }

    private static TranscriptDocument document(String name, String provider, int competencies) {
        List<CompetencyLine> lines = new ArrayList<>();
        for (int i = 1; i <= competencies; i++) {
            lines.add(new CompetencyLine(i, "MATH-" + i, i == 1 ? "Modelar con matemáticas" : "Competency " + i,
                    "Proficient", LocalDate.of(2026, 10, 1), "MOST_RECENT",
                    List.of(new EvidenceLine("Unit project " + i, "PROJECT", LocalDate.of(2026, 9, 20)))));
        }
        return new TranscriptDocument(new Issuer("Riverside Unified School District", "100 Main Street", null,
                "Riverside High School"), new Learner(1, name, "S000001", LocalDate.of(2009, 3, 1), 11, 2028),
                LocalDate.of(2026, 12, 7), 3,
                new Credits(new BigDecimal("15"), new BigDecimal("25"), "ON_TRACK",
                        List.of(new AreaCredits("STEM", "STEM", new BigDecimal("4"), new BigDecimal("9"), null))),
                List.of(new AreaSection("MATH", "Mathematics", lines)), 6,
                List.of(new PathwayLine("Internship", "INTERNSHIP", provider, LocalDate.of(2026, 9, 1),
                        LocalDate.of(2026, 11, 1), new BigDecimal("120"), new BigDecimal("1"), "STEM", "Dr. Peña",
                        "Exceeds expectations", "Señora <i>excellent</i>", List.of("Modelar con matemáticas"))),
                List.of(new ScaleLevel(1, "Beginning", "Starting", false),
                        new ScaleLevel(3, "Proficient", "Meets the standard", true)),
                List.of("MOST_RECENT"));
    }
}
