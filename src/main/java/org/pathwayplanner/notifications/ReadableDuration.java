package org.pathwayplanner.notifications;

import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import java.time.Duration;
import java.util.Locale;

/** A link's validity in the reader's words ("30 minutes", "3 días"), by ICU's unit formatting. */
final class ReadableDuration {

    private ReadableDuration() {
    }

    static String of(Duration d, Locale locale) {
        MeasureFormat words = MeasureFormat.getInstance(locale, MeasureFormat.FormatWidth.WIDE);
        if (d.toHours() >= 24 && d.toHours() % 24 == 0) {
            return words.format(new Measure(d.toDays(), MeasureUnit.DAY));
        }
        if (d.toMinutes() >= 60 && d.toMinutes() % 60 == 0) {
            return words.format(new Measure(d.toHours(), MeasureUnit.HOUR));
        }
        return words.format(new Measure(d.toMinutes(), MeasureUnit.MINUTE));
    }
}
