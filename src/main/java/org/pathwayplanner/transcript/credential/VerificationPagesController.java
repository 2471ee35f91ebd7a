package org.pathwayplanner.transcript.credential;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.pathwayplanner.transcript.credential.Verification.Finding;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The verification page for people: a registrar uploads the credential file, or pastes its text, and reads whether
 * this district issued it unaltered, when and for whom. Public on purpose, as its API twin; its form carries the
 * CSRF token like every form of the application.
 */
@Controller
class VerificationPagesController {

    static final String PAGE = "transcript/credential/verify";

    private final CredentialVerifier verifier;

    VerificationPagesController(CredentialVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/verify")
    String form() {
        return PAGE;
    }

    @PostMapping("/verify")
    String verify(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "text", required = false) String text, Model model,
            jakarta.servlet.http.HttpServletResponse response) throws IOException {
        Verification verification;
        if (file != null && !file.isEmpty()) {
            verification = file.getSize() > CredentialVerifier.MAX_BYTES ? Verification.refused(Finding.TOO_LARGE)
                    : verifier.verify(file.getBytes());
        } else if (text != null && !text.isBlank()) {
            verification = verifier.verify(text.getBytes(StandardCharsets.UTF_8));
        } else {
            verification = Verification.refused(Finding.NOT_JSON);
        }
        if (verification.finding() == Finding.NOT_JSON) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } else if (verification.finding() == Finding.TOO_LARGE) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        }
        model.addAttribute("verification", verification);
        return PAGE;
    }
}
