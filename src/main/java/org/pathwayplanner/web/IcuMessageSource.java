package org.pathwayplanner.web;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * The message bundles, formatted with ICU's message format when a message has arguments: plural forms
 * ({@code {0, plural, one {# credit} other {# credits}}}, in Spanish as in English) and numbers in the reader's
 * locale. A message without arguments is shown as written, as before. ICU reads a single apostrophe as itself
 * unless it starts a quote before a brace, so "the district's policy" needs no doubling (a doubled one still
 * shows one).
 */
public class IcuMessageSource extends ResourceBundleMessageSource {

    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null || ObjectUtils.isEmpty(args)) {
            return super.getMessageInternal(code, args, locale);
        }
        Locale reader = locale != null ? locale : Locale.getDefault();
        String pattern = resolveCodeWithoutArguments(code, reader);
        if (pattern == null) {
            return super.getMessageInternal(code, args, reader);
        }
        return formatMessage(pattern, resolveArguments(args, reader), reader);
    }

    /** Dates and times of java.time as the reader's language writes them (ReadableDates). */
    @Override
    protected Object[] resolveArguments(Object[] args, Locale locale) {
        Object[] resolved = super.resolveArguments(args, locale);
        for (int i = 0; i < resolved.length; i++) {
            if (ReadableDates.isDateOrTime(resolved[i])) {
                resolved[i] = ReadableDates.shown(resolved[i], locale);
            }
        }
        return resolved;
    }

    @Override
    protected String formatMessage(String message, Object[] args, Locale locale) {
        if (message == null || ObjectUtils.isEmpty(args)) {
            return message;
        }
        MessageFormat format = formats.computeIfAbsent(locale.toLanguageTag() + "\u0000" + message,
                key -> new MessageFormat(message, ULocale.forLocale(locale)));
        synchronized (format) {
            return format.format(args);
        }
    }
}
