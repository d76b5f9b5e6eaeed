package dev.keel.sla.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** One dated exception as the calendar page's form sends it. */
record DayForm(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate date,

        @Nullable String kind,
        @Nullable String hours,
        @Nullable String name) {

    static DayForm empty() {
        return new DayForm(null, "HOLIDAY", "", "");
    }
}
