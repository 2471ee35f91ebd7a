package org.pathwayplanner.notifications;

import java.security.Principal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Each person's notifications (read one and go where it leads), and their choices of how to hear about each kind. */
@Controller
class NotificationPagesController {

    static final int SHOWN = 100;
    static final List<String> LANGUAGES = List.of("en", "es");

    /** A notification as the list shows it: its words in the reader's language. */
    record Line(Notification notification, String sentence) {
    }

    private final NotificationInbox inbox;
    private final NotificationText text;

    NotificationPagesController(NotificationInbox inbox, NotificationText text) {
        this.inbox = inbox;
        this.text = text;
    }

    @GetMapping("/notifications")
    String list(Principal who, Model model, Locale locale) {
        model.addAttribute("lines", inbox.newest(who.getName(), SHOWN).stream()
                .map(n -> new Line(n, text.sentence(n, locale))).toList());
        return "notifications/list";
    }

    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable long id, Principal who) {
        Notification n = inbox.read(who.getName(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such notification of yours"));
        return "redirect:" + n.link();
    }

    @PostMapping("/notifications/read-all")
    String readAll(Principal who) {
        inbox.readAll(who.getName());
        return "redirect:/notifications";
    }

    @GetMapping("/notifications/preferences")
    String preferences(Principal who, Model model) {
        model.addAttribute("choices", inbox.choices(who.getName()));
        model.addAttribute("deliveries", Delivery.values());
        model.addAttribute("language", inbox.languageOf(who.getName()));
        model.addAttribute("languages", LANGUAGES);
        return "notifications/preferences";
    }

    @PostMapping("/notifications/preferences")
    String choose(@RequestParam Map<String, String> form, Principal who) {
        Map<NotificationKind, Delivery> choices = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.chosen()) {
            Delivery chosen = parse(form.get(kind.name()));
            choices.put(kind, chosen == null ? NotificationInbox.byDefault(kind) : chosen);
        }
        String language = form.getOrDefault("language", "en");
        if (!LANGUAGES.contains(language)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The e-mails' language is English or Spanish");
        }
        inbox.choose(who.getName(), choices, language);
        return "redirect:/notifications/preferences?saved";
    }

    private static Delivery parse(String value) {
        try {
            return value == null ? null : Delivery.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Choose immediately, a daily digest or off for each kind of notification");
        }
    }
}
