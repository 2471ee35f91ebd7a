package org.pathwayplanner.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What a file is comes from its bytes: a name proves nothing. No Spring: Tika's magic and the packages' parts. */
class EvidenceFileTypesTest {

    private final EvidenceFileTypes types = new EvidenceFileTypes();

    @Test
    void aPdfAndAPictureAreTakenForWhatTheyAre() {
        assertThat(types.of(EvidenceFiles.pdf()).mediaType()).isEqualTo("application/pdf");
        assertThat(types.of(EvidenceFiles.png()).mediaType()).isEqualTo("image/png");
    }

    @Test
    void officeDocumentsAreRecognisedByTheirPackagesParts() {
        assertThat(types.of(EvidenceFiles.docx()).extension()).isEqualTo("docx");
        assertThat(types.of(EvidenceFiles.openDocumentText()).extension()).isEqualTo("odt");
    }

    @Test
    void aProgramIsRefusedWhateverItIsCalled() {
        assertThatThrownBy(() -> types.of(EvidenceFiles.windowsProgram())).isInstanceOf(FileRefused.class)
                .extracting(e -> ((FileRefused) e).messageKey()).isEqualTo("files.refused.type");
    }

    @Test
    void htmlAndSvgThatCouldRunScriptAreRefused() {
        assertThatThrownBy(() -> types.of(EvidenceFiles.html())).isInstanceOf(FileRefused.class)
                .hasMessageContaining("text/html");
        assertThatThrownBy(() -> types.of(EvidenceFiles.svg())).isInstanceOf(FileRefused.class)
                .hasMessageContaining("svg");
    }

    @Test
    void aZipThatIsNoOfficeDocumentAndAMacroEnabledOneAreRefused() {
        assertThatThrownBy(() -> types.of(EvidenceFiles.plainZip())).isInstanceOf(FileRefused.class);
        assertThatThrownBy(() -> types.of(EvidenceFiles.macroEnabledWord())).isInstanceOf(FileRefused.class);
    }

    @Test
    void theBinaryOfficeFormatsOfBefore2007AreRefusedWithWhatToDoInstead() {
        assertThatThrownBy(() -> types.of(EvidenceFiles.legacyWord())).isInstanceOf(FileRefused.class)
                .extracting(e -> ((FileRefused) e).messageKey()).isEqualTo("files.refused.legacyOffice");
    }
}
