package org.pathwayplanner.progress;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.pathwayplanner.credits.CreditCatalog;
import org.pathwayplanner.rules.Sentence;
import org.pathwayplanner.rules.Sentence.Code;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A rule's {@link Sentence} in the reader's language: the message of its key, with numbers and dates in the
 * reader's locale, codes by their names (calculation methods and kinds of pathway from the bundles, credit areas
 * by the district's names, or the bundle's name for the area in another language), lists joined as the language
 * joins them ("A, B and C", "A, B y C") and titles as people wrote them. A key with no message is shown visibly as
 * the key and its arguments, so a rule edited at runtime with a mistyped key still says something.
 * Pages call it as {@code ${@sentences.text(why.sentence)}}.
 */
@Component("sentences")
public class Sentences {

    private final MessageSource messages;
    private final UnaryOperator<String> areaNames;

    @org.springframework.beans.factory.annotation.Autowired
    Sentences(MessageSource messages, CreditCatalog credits) {
        this(messages, code -> areaNamesOfThisRequest(credits).map(names -> names.getOrDefault(code, code))
                .orElseGet(() -> credits.areaNameOf(code)));
    }

    /**
     * Every credit area's name, read once per web request: a page names areas many times (the dashboard 13), and one
     * query each was a fifth of the dashboard's CPU under load (issue 20, docs/performance.md). Outside a request, none.
     */
    private static java.util.Optional<java.util.Map<String, String>> areaNamesOfThisRequest(CreditCatalog credits) {
        var request = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return java.util.Optional.empty();
        }
        String key = Sentences.class.getName() + ".areaNames";
        @SuppressWarnings("unchecked")
        var names = (java.util.Map<String, String>) request.getAttribute(key,
                org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
        if (names == null) {
            names = credits.areaNames();
            request.setAttribute(key, names, org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
        }
        return java.util.Optional.of(names);
    }

    /** With the English names of credit areas given by {@code areaNames} (a test without a database). */
    public Sentences(MessageSource messages, UnaryOperator<String> areaNames) {
        this.messages = messages;
        this.areaNames = areaNames;
    }

    /** In the language of the page being rendered. */
    public String text(Sentence sentence) {
        return text(sentence, LocaleContextHolder.getLocale());
    }

    /** In English: the API's {@code reason} beside the key and arguments. */
    public String english(Sentence sentence) {
        return text(sentence, Locale.ENGLISH);
    }

    public String text(Sentence sentence, Locale locale) {
        if (sentence == null) {
            return null;
        }
        String text = render(sentence, locale);
        // a rule's sentence may start with an argument written for the middle of one ("the pathway …")
        return text.isEmpty() || !sentence.key().startsWith(Sentence.PREFIX) ? text
                : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    /** A number as the reader's language writes it: 19.5 in English, 19,5 in Spanish. */
    public String number(Number number) {
        return number == null ? null
                : NumberFormat.getInstance(ULocale.forLocale(LocaleContextHolder.getLocale())).format(number);
    }

    /** A credit area's name in the reader's language. */
    public String areaName(String code) {
        return areaName(code, LocaleContextHolder.getLocale());
    }

    public String areaName(String code, Locale locale) {
        if (code == null) {
            return null;
        }
        String district = areaNames.apply(code);
        return "en".equals(locale.getLanguage()) ? district
                : messages.getMessage("creditArea." + code, null, district, locale);
    }

    private String render(Sentence sentence, Locale locale) {
        Object[] args = sentence.args().stream().map(arg -> arg(arg, locale)).toArray();
        String text = messages.getMessage(sentence.key(), args, null, locale);
        if (text == null) {
            return "[" + sentence.key() + "]" + (args.length == 0 ? "" : " " + java.util.Arrays.stream(args)
                    .map(String::valueOf).collect(Collectors.joining("; ")));
        }
        return text;
    }

    private Object arg(Object arg, Locale locale) {
        if (arg instanceof Code code) {
            return nameOf(code, locale);
        }
        if (arg instanceof Sentence sentence) {
            return render(sentence, locale);
        }
        if (arg instanceof LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
        }
        if (arg instanceof List<?> items) {
            if (!items.isEmpty() && items.stream().allMatch(Sentence.class::isInstance)) {
                return items.stream().map(item -> render((Sentence) item, locale)).collect(Collectors.joining("; "));
            }
            if (items.stream().allMatch(Number.class::isInstance)) {
                NumberFormat numbers = NumberFormat.getInstance(ULocale.forLocale(locale));
                return items.stream().map(numbers::format).collect(Collectors.joining(", "));
            }
            return ListFormatter.getInstance(ULocale.forLocale(locale)).format(items.stream()
                    .map(item -> String.valueOf(arg(item, locale))).toList());
        }
        return arg;
    }

    private String nameOf(Code code, Locale locale) {
        return switch (code.kind()) {
            case Code.METHOD -> messages.getMessage("method." + code.code(), null, code.code(), locale);
            case Code.AREA -> areaName(code.code(), locale);
            case Code.KIND -> messages.getMessage("pathways.type." + code.code(), null, words(code.code()), locale);
            default -> code.code();
        };
    }

    /** A code nobody named yet, in words: ONLINE_COURSE as "Online course". */
    private static String words(String code) {
        String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
