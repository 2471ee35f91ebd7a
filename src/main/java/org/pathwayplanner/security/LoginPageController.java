package org.pathwayplanner.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page: the district's sign-in providers the operator configured, then the local password form. */
@Controller
class LoginPageController {

    /** A button on the login page: where it starts the sign-in dance and the provider's name. */
    record Provider(String id, String name) {
    }

    private final List<Provider> providers = new ArrayList<>();

    LoginPageController(ObjectProvider<ClientRegistrationRepository> registrations) {
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object r : all) {
                ClientRegistration registration = (ClientRegistration) r;
                providers.add(new Provider(registration.getRegistrationId(), registration.getClientName()));
            }
        }
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String sso, Model model) {
        model.addAttribute("providers", providers);
        if (sso != null) {
            model.addAttribute("ssoRefusal", "login.sso." + refusalOf(sso));
        }
        return "login";
    }

    /** The refusal named in the address, if it is one of ours (the address is anyone's to type). */
    private static String refusalOf(String sso) {
        return Arrays.stream(DistrictIdentities.Refusal.values()).map(r -> r.name().toLowerCase(Locale.ROOT))
                .filter(r -> r.equals(sso.replace('-', '_'))).findFirst().orElse("failed");
    }
}
