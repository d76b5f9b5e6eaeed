package dev.keel.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Shows stored UTC instants in the viewer's time zone: {@code ${@keelTime.format(instant)}} in
 * templates.
 */
@Component("keelTime")
public class TimeFormat {

    private static final DateTimeFormatter PATTERN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public String format(@Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        return PATTERN.format(instant.atZone(zone()));
    }

    public ZoneId zone() {
        return LocaleContextHolder.getTimeZone().toZoneId();
    }
}
