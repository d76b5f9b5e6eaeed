package dev.keel.sla.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Business durations as people read them: "3 h 20 min", negative ones as overdue amounts. */
@Component("slaDurations")
class Durations {

    private final MessageSource messages;

    Durations(MessageSource messages) {
        this.messages = messages;
    }

    public String format(Duration d, Locale locale) {
        long minutes = Math.abs(d.toMinutes());
        long hours = minutes / 60;
        String text = hours > 0
                ? messages.getMessage("sla.duration.hm", new Object[] {hours, minutes % 60}, locale)
                : messages.getMessage("sla.duration.m", new Object[] {minutes}, locale);
        return d.isNegative() ? messages.getMessage("sla.duration.overdue", new Object[] {text}, locale) : text;
    }
}
