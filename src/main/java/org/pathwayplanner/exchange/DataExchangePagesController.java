package org.pathwayplanner.exchange;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's page of imports and exports: where each format goes in, and the log of what went in and out. */
@Controller
class DataExchangePagesController {

    static final int SHOWN = 200;

    /** One line of the log, the time in the district's zone. */
    record Line(LocalDateTime at, String actor, String direction, String format, String subject, String outcome,
            String summary) {
    }

    private final DataExchangeLog log;
    private final Clock clock;

    DataExchangePagesController(DataExchangeLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @GetMapping("/admin/data")
    String data(Model model) {
        List<Line> lines = log.newest(SHOWN).stream()
                .map(e -> new Line(LocalDateTime.ofInstant(e.at(), clock.getZone()), e.actor(), e.direction().name(),
                        e.format(), e.subject(), e.outcome().name(), e.summary()))
                .toList();
        model.addAttribute("exchanges", lines);
        model.addAttribute("shown", SHOWN);
        return "exchange/data";
    }
}
