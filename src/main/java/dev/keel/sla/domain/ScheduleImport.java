package dev.keel.sla.domain;

import dev.keel.shared.DomainException;
import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads dated calendar exceptions from a yearly JSON schedule (the shape China's State Council notices
 * are usually published in) or from an iCalendar file (RFC 5545). Both return the day rules they would
 * set, or throw an INVALID error naming the problem; they never change anything themselves.
 *
 * <p>ICS: an all-day event is a whole-day holiday; a timed event takes its hours off that day (a partial
 * holiday). An event whose SUMMARY or CATEGORIES says 补班, 上班, 调休上班, working or workday marks a working day
 * instead (all-day: the calendar's normal working hours; timed: just those hours).
 */
public final class ScheduleImport {

    private static final int MAX_DAYS = 2000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> WORKING_WORDS = List.of("补班", "上班", "working", "workday", "work day");

    private ScheduleImport() {}

    /** What a file would set: rules by date, in date order. */
    public record Parsed(String source, List<DayRule> rules) {}

    public static Parsed json(String text, Map<DayOfWeek, List<Span>> week) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw problem("file", "sla.import.jsonSyntax", line);
        }
        if (root == null || !root.isObject() || !root.path("days").isArray()) {
            throw problem("file", "sla.import.jsonShape");
        }
        JsonNode yearNode = root.path("year");
        Integer year = yearNode.isIntegralNumber() ? yearNode.asInt() : null;
        if (year != null && (year < BusinessCalendar.FIRST.getYear() || year > BusinessCalendar.LAST.getYear())) {
            throw problem("year", "sla.import.yearRange", year);
        }
        List<Span> workday = WeekHours.typicalDay(week);
        Map<LocalDate, DayRule> rules = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode day : root.path("days")) {
            String where = "days[" + i++ + "]";
            LocalDate date = date(where, day.path("date").asString(""));
            if (year != null && date.getYear() != year) {
                throw problem(where + ".date", "sla.import.wrongYear", date, year);
            }
            String type = day.path("type").asString("").strip().toLowerCase(Locale.ROOT);
            String name = name(day.path("name").asString(""));
            DayRule rule = switch (type) {
                case "off", "holiday" -> new DayRule(date, DayKind.HOLIDAY, List.of(), name);
                case "working", "work", "workday" -> {
                    if (workday.isEmpty()) {
                        throw problem(where + ".type", "sla.import.noWorkday");
                    }
                    yield new DayRule(date, DayKind.WORKING, workday, name);
                }
                default -> throw problem(where + ".type", "sla.import.type", type);
            };
            if (rules.put(date, rule) != null) {
                throw problem(where + ".date", "sla.import.duplicate", date);
            }
            if (rules.size() > MAX_DAYS) {
                throw problem("file", "sla.import.tooMany", MAX_DAYS);
            }
        }
        if (rules.isEmpty()) {
            throw problem("file", "sla.import.empty");
        }
        String source = root.path("source").asString("");
        return new Parsed(source.length() > 200 ? source.substring(0, 200) : source, sorted(rules));
    }

    public static Parsed ics(String text, ZoneId zone, Map<DayOfWeek, List<Span>> week) {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(text));
        } catch (ParserException e) {
            throw problem("file", "sla.import.icsSyntax", e.getLineNo(), String.valueOf(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            throw problem("file", "sla.import.icsSyntax", 0, String.valueOf(e.getMessage()));
        }
        Map<LocalDate, DayRule> rules = new LinkedHashMap<>();
        List<VEvent> events = calendar.getComponents("VEVENT");
        int i = 0;
        for (VEvent event : events) {
            String where = "VEVENT " + (++i);
            String summary = text(event, "SUMMARY");
            boolean working = isWorking(summary + " " + text(event, "CATEGORIES"));
            String name = name(summary);
            Temporal start =
                    temporal(event, "DTSTART").orElseThrow(() -> problem("file", "sla.import.icsNoStart", where));
            Optional<Temporal> end = temporal(event, "DTEND");
            if (start instanceof LocalDate first) {
                LocalDate last = end.filter(LocalDate.class::isInstance)
                        .map(e -> ((LocalDate) e).minusDays(1))
                        .orElse(first);
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    inRange(where, d);
                    List<Span> hours = working ? WeekHours.typicalDay(week) : List.of();
                    rules.put(d, new DayRule(d, working ? DayKind.WORKING : DayKind.HOLIDAY, hours, name));
                    if (rules.size() > MAX_DAYS) {
                        throw problem("file", "sla.import.tooMany", MAX_DAYS);
                    }
                }
            } else {
                LocalDateTime from = local(start, zone, where);
                LocalDateTime to =
                        local(end.orElseThrow(() -> problem("file", "sla.import.icsNoEnd", where)), zone, where);
                timed(where, from, to, working, name, week, rules);
            }
        }
        if (rules.isEmpty()) {
            throw problem("file", "sla.import.empty");
        }
        return new Parsed("ICS", sorted(rules));
    }

    private static void timed(
            String where,
            LocalDateTime from,
            LocalDateTime to,
            boolean working,
            String name,
            Map<DayOfWeek, List<Span>> week,
            Map<LocalDate, DayRule> rules) {
        if (!to.isAfter(from)) {
            throw problem("file", "sla.import.icsInverted", where);
        }
        LocalDate date = from.toLocalDate();
        inRange(where, date);
        boolean sameDay =
                to.toLocalDate().equals(date) || to.equals(date.plusDays(1).atStartOfDay());
        if (!sameDay) {
            throw problem("file", "sla.import.icsMultiDay", where);
        }
        int a = from.getHour() * 60 + from.getMinute();
        int b = to.toLocalDate().equals(date) ? to.getHour() * 60 + to.getMinute() : Span.DAY;
        DayRule earlier = rules.get(date);
        List<Span> base = earlier != null ? earlier.hours() : week.getOrDefault(date.getDayOfWeek(), List.of());
        List<Span> hours = working ? union(base, new Span(a, b)) : minus(base, a, b);
        DayKind kind = working ? DayKind.WORKING : hours.isEmpty() ? DayKind.HOLIDAY : DayKind.PARTIAL_HOLIDAY;
        rules.put(date, new DayRule(date, kind, hours, name));
    }

    static List<Span> minus(List<Span> base, int from, int to) {
        List<Span> out = new ArrayList<>();
        for (Span s : base) {
            if (s.end() <= from || s.start() >= to) {
                out.add(s);
                continue;
            }
            if (s.start() < from) {
                out.add(new Span(s.start(), from));
            }
            if (s.end() > to) {
                out.add(new Span(to, s.end()));
            }
        }
        return out;
    }

    static List<Span> union(List<Span> base, Span extra) {
        List<Span> all = new ArrayList<>(base);
        all.add(extra);
        all.sort((x, y) -> Integer.compare(x.start(), y.start()));
        List<Span> out = new ArrayList<>();
        for (Span s : all) {
            if (!out.isEmpty() && s.start() <= out.getLast().end()) {
                Span last = out.removeLast();
                out.add(new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static LocalDateTime local(Temporal t, ZoneId zone, String where) {
        return switch (t) {
            case ZonedDateTime z -> z.withZoneSameInstant(zone).toLocalDateTime();
            case OffsetDateTime o -> o.atZoneSameInstant(zone).toLocalDateTime();
            case Instant i -> LocalDateTime.ofInstant(i, zone);
            case LocalDateTime l -> l;
            case LocalDate d -> d.atStartOfDay();
            default -> throw problem("file", "sla.import.icsDate", where);
        };
    }

    private static Optional<Temporal> temporal(VEvent event, String name) {
        Optional<Property> p = event.getProperty(name);
        if (p.isEmpty() || !(p.get() instanceof DateProperty<?> date)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(date.getDate());
        } catch (DateTimeException e) {
            // an unknown TZID (ZoneRulesException) or an impossible date
            throw problem("file", "sla.import.icsZone", name);
        }
    }

    private static String text(VEvent event, String name) {
        return event.getProperty(name).map(p -> ((Property) p).getValue()).orElse("");
    }

    static boolean isWorking(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return WORKING_WORDS.stream().anyMatch(t::contains);
    }

    private static void inRange(String where, LocalDate d) {
        if (d.isBefore(BusinessCalendar.FIRST) || d.isAfter(BusinessCalendar.LAST)) {
            throw problem(
                    "file",
                    "sla.import.dateRange",
                    where,
                    d,
                    BusinessCalendar.FIRST.getYear(),
                    BusinessCalendar.LAST.getYear());
        }
    }

    private static LocalDate date(String where, String text) {
        LocalDate d;
        try {
            d = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw problem(where + ".date", "sla.import.date", text);
        }
        if (d.isBefore(BusinessCalendar.FIRST) || d.isAfter(BusinessCalendar.LAST)) {
            throw problem(
                    where + ".date",
                    "sla.import.dateRange",
                    where,
                    d,
                    BusinessCalendar.FIRST.getYear(),
                    BusinessCalendar.LAST.getYear());
        }
        return d;
    }

    private static String name(String raw) {
        String n = raw == null ? "" : raw.strip();
        return n.length() > 100 ? n.substring(0, 100) : n;
    }

    private static List<DayRule> sorted(Map<LocalDate, DayRule> rules) {
        return rules.values().stream()
                .sorted((a, b) -> a.date().compareTo(b.date()))
                .toList();
    }

    private static DomainException problem(String field, String key, Object... args) {
        return DomainException.invalid(field, key, args);
    }
}
