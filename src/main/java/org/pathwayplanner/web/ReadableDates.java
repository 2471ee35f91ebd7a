package org.pathwayplanner.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as the reader's language writes them ("Oct 10, 2024", "10 oct 2024"), for pages
 * ({@code ${@readable.date(award.awardedOn)}}) and for the arguments of messages. Form fields keep ISO dates.
 */
@Component("readable")
public class ReadableDates {

    /** A day: LocalDate, or the day of a moment in the server's time zone. */
    public String date(TemporalAccessor when) {
        return date(when, LocaleContextHolder.getLocale());
    }

    /** A moment to the minute; a LocalDate is shown as a day. */
    public String time(TemporalAccessor when) {
        return time(when, LocaleContextHolder.getLocale());
    }

    public static String date(TemporalAccessor when, Locale locale) {
        return when == null ? null
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(local(when));
    }

    public static String time(TemporalAccessor when, Locale locale) {
        if (when == null) {
            return null;
        }
        if (when instanceof LocalDate day) {
            return date(day, locale);
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(local(when));
    }

    /** Whether a message argument is a date or time this class knows how to show. */
    static boolean isDateOrTime(Object value) {
        return value instanceof LocalDate || value instanceof LocalDateTime || value instanceof Instant
                || value instanceof OffsetDateTime || value instanceof ZonedDateTime;
    }

    /** A message argument in the reader's words: days as days, moments to the minute. */
    static String shown(Object value, Locale locale) {
        return value instanceof LocalDate day ? date(day, locale) : time((TemporalAccessor) value, locale);
    }

    private static TemporalAccessor local(TemporalAccessor when) {
        if (when instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, ZoneId.systemDefault());
        }
        if (when instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
        }
        if (when instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
        }
        return when;
    }
}
