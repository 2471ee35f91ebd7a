package org.pathwayplanner.transcript.credential;

import org.pathwayplanner.transcript.credential.SigningKeys.KeyChangeRefused;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page of the district's signing keys: rotate, retire, see what the DID document publishes. */
@Controller
class SigningKeysPagesController {

    static final String PAGE = "transcript/credential/keys";
    private static final String BACK = "redirect:/admin/credential-keys";

    private final SigningKeys keys;
    private final CredentialSettings settings;

    SigningKeysPagesController(SigningKeys keys, CredentialSettings settings) {
        this.keys = keys;
        this.settings = settings;
    }

    @GetMapping("/admin/credential-keys")
    String page(Model model) {
        keys.signingKey();
        model.addAttribute("keys", keys.all());
        model.addAttribute("did", settings.did());
        return PAGE;
    }

    @PostMapping("/admin/credential-keys/rotate")
    String rotate(@RequestParam(name = "confirm", required = false) String confirm, Authentication who,
            RedirectAttributes flash) {
        if (!"rotate".equals(confirm)) {
            flash.addFlashAttribute("refused", "credential.keys.refused.unconfirmed");
            return BACK;
        }
        SigningKey key = keys.rotate(who.getName());
        flash.addFlashAttribute("done", "credential.keys.rotated");
        flash.addFlashAttribute("doneKey", key.publicKeyMultibase());
        return BACK;
    }

    @PostMapping("/admin/credential-keys/{id}/retire")
    String retire(@PathVariable long id, Authentication who, RedirectAttributes flash) {
        try {
            SigningKey key = keys.retire(id, who.getName());
            flash.addFlashAttribute("done", "credential.keys.retired");
            flash.addFlashAttribute("doneKey", key.publicKeyMultibase());
        } catch (KeyChangeRefused refused) {
            flash.addFlashAttribute("refused", refused.messageKey());
        }
        return BACK;
    }
}
