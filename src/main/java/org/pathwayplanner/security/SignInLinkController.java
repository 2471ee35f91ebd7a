package org.pathwayplanner.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.pathwayplanner.people.Accounts;
import org.pathwayplanner.people.Accounts.Account;
import org.pathwayplanner.people.Passwords;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Guardians sign in with a one-time link: they ask for one with their e-mail address (the answer is the same whether
 * or not the address is known), open it from their mailbox, and press the button the page shows; they may choose a
 * password there at the same time, to sign in with it next time.
 */
@Controller
class SignInLinkController {

    static final Duration REQUESTED_LINK_VALID = Duration.ofMinutes(30);
    static final Duration ONE_LINK_PER = Duration.ofMinutes(2);

    private final SignInLinks links;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final SignInAudit audit;
    private final Clock clock;
    private final Passwords passwords;
    private final org.springframework.context.MessageSource messages;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SignInLinkController(SignInLinks links, Accounts accounts, ApplicationEventPublisher events, SignInAudit audit,
            Clock clock, Passwords passwords, org.springframework.context.MessageSource messages) {
        this.passwords = passwords;
        this.messages = messages;
        this.links = links;
        this.accounts = accounts;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/sign-in/email-link")
    String askForm() {
        return "security/emailLink";
    }

    @PostMapping("/sign-in/email-link")
    String ask(@RequestParam(defaultValue = "") String email, Model model) {
        List<Account> found = accounts.identifiedBy(Accounts.IdentityKey.EMAIL, email);
        if (found.size() == 1 && found.get(0).enabled() && "GUARDIAN".equals(found.get(0).role())
                && !links.recentlyIssued(found.get(0).username(), ONE_LINK_PER)) {
            events.publishEvent(new SignInLinkRequested(found.get(0).username(), "/guardian"));
        }
        model.addAttribute("sent", true);
        return "security/emailLink";
    }

    @GetMapping("/sign-in/link")
    String open(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("usable", links.usable(token).isPresent());
        return "security/signInLink";
    }

    @PostMapping("/sign-in/link")
    String use(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String repeated, HttpServletRequest request,
            HttpServletResponse response, Model model, java.util.Locale locale) {
        if (!password.isEmpty()) {
            // a password that breaks the rules is said beside the field before the link is used up
            try {
                passwords.check(password, repeated);
            } catch (Passwords.Refused refused) {
                model.addAttribute("token", token);
                model.addAttribute("usable", links.usable(token).isPresent());
                model.addAttribute("passwordError", messages.getMessage(refused.key(), refused.args(), locale));
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return "security/signInLink";
            }
        }
        Optional<SignInLinks.Usable> link = links.use(token);
        Optional<SignedInUser> user = link.flatMap(l -> accounts.account(l.username())
                .filter(a -> a.enabled() && "GUARDIAN".equals(a.role()))
                .map(a -> new SignedInUser(a.username(), a.displayName(), a.role(), a.passwordHash(), true)));
        audit.record(new SignInAttempt(clock.instant(), user.map(SignedInUser::username).orElse("(link)"),
                request.getRemoteAddr(), SignInAttempt.Method.LINK,
                user.isPresent() ? SignInAttempt.Outcome.SIGNED_IN : SignInAttempt.Outcome.REFUSED));
        if (user.isEmpty()) {
            model.addAttribute("token", "");
            model.addAttribute("usable", false);
            return "security/signInLink";
        }
        if (!password.isEmpty()) {
            passwords.set(user.get().username(), password, repeated);
        }
        request.getSession(true);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        return "redirect:" + link.get().target();
    }
}
