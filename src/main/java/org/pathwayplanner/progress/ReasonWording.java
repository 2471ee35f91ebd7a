package org.pathwayplanner.progress;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.pathwayplanner.rules.CalculationMethods;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A rule's reason as a person reads it: the rules write a calculation method by its code ("level 3.0 by
 * DECAYING_AVERAGE of scores [3, 3]"); pages show its name instead ("by decaying average"). Reasons are
 * the rule author's English sentences, so the names are the English ones.
 */
@Component
public class ReasonWording {

    private final Map<String, String> names = new LinkedHashMap<>();

    ReasonWording(MessageSource messages) {
        // longest codes first, so that no code is replaced inside a longer one
        CalculationMethods.ALL.stream().sorted((a, b) -> b.length() - a.length())
                .forEach(code -> names.put(code, messages.getMessage("method." + code, null, code, Locale.ENGLISH)));
    }

    public String plain(String reason) {
        if (reason == null) {
            return null;
        }
        String plain = reason;
        for (Map.Entry<String, String> name : names.entrySet()) {
            plain = plain.replace(" " + name.getKey() + " ", " " + name.getValue() + " ");
        }
        return plain;
    }
}
