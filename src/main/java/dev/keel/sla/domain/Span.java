package dev.keel.sla.domain;

import dev.keel.shared.DomainException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A working interval of a local day in minutes after midnight, {@code start} inclusive and {@code end}
 * exclusive; {@code end} may be 1440 (24:00).
 */
public record Span(int start, int end) {

    public static final int DAY = 24 * 60;

    public Span {
        if (start < 0 || end > DAY || start >= end) {
            throw new IllegalArgumentException("bad span " + start + "-" + end);
        }
    }

    public int minutes() {
        return end - start;
    }

    @Override
    public String toString() {
        return time(start) + "-" + time(end);
    }

    static String time(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }

    /**
     * Reads {@code "09:00-12:00, 13:30-18:00"} (blank = no working time). Inverted, overlapping or
     * out-of-day intervals are an INVALID error on {@code field}.
     */
    public static List<Span> parseList(String field, String text) {
        List<Span> spans = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        for (String part : text.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            String[] ends = part.strip().split("-", 2);
            if (ends.length != 2) {
                throw DomainException.invalid(field, "sla.validation.interval", part);
            }
            int start = minute(field, ends[0], part);
            int end = minute(field, ends[1], part);
            if (start >= end) {
                throw DomainException.invalid(field, "sla.validation.intervalInverted", part);
            }
            spans.add(new Span(start, end));
        }
        spans.sort(Comparator.comparingInt(Span::start));
        for (int i = 1; i < spans.size(); i++) {
            if (spans.get(i).start() < spans.get(i - 1).end()) {
                throw DomainException.invalid(field, "sla.validation.intervalOverlap", spans.get(i - 1), spans.get(i));
            }
        }
        return List.copyOf(spans);
    }

    public static String format(List<Span> spans) {
        return String.join(",", spans.stream().map(Span::toString).toList());
    }

    private static int minute(String field, String text, String part) {
        String t = text.strip();
        if (!t.matches("\\d{1,2}:\\d{2}")) {
            throw DomainException.invalid(field, "sla.validation.interval", part);
        }
        int h = Integer.parseInt(t.substring(0, t.indexOf(':')));
        int m = Integer.parseInt(t.substring(t.indexOf(':') + 1));
        if (m > 59 || h > 24 || (h == 24 && m != 0)) {
            throw DomainException.invalid(field, "sla.validation.intervalRange", part);
        }
        return h * 60 + m;
    }
}
