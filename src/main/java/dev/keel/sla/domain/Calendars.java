package dev.keel.sla.domain;

import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import dev.keel.sla.SlaConfigurationChanged;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Business calendars: weekly hours, dated exceptions, imports, and their compiled form. A compiled
 * calendar is cached per node by id and version; every change bumps the version, so each node
 * recompiles after a change made anywhere.
 */
@Service
@Transactional
public class Calendars {

    /** Imports that would set more days than this are refused. */
    static final int MAX_IMPORT_BYTES = 1_000_000;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Map<Long, Compiled> cache = new ConcurrentHashMap<>();

    Calendars(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    private void audit(String action, Actor actor, long id, String details) {
        events.publishEvent(new SlaConfigurationChanged(
                action, actor.name(), actor.remoteAddress(), "sla-calendar:" + id, details));
    }

    private record Compiled(long version, BusinessCalendar calendar) {}

    private record Row(
            long id,
            String name,
            String zone,
            String week,
            @Nullable String description,
            long version) {}

    @Transactional(readOnly = true)
    public List<CalendarView> list() {
        return jdbc
                .sql("SELECT id, name, time_zone, week_hours, description, version FROM sla_calendar ORDER BY name, id")
                .query(Calendars::row)
                .list()
                .stream()
                .map(this::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public CalendarView find(long id) {
        return view(load(id));
    }

    @Transactional(readOnly = true)
    public boolean exists(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM sla_calendar WHERE id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Long> idOf(String name) {
        return jdbc.sql("SELECT id FROM sla_calendar WHERE name = ?")
                .param(name)
                .query(Long.class)
                .optional();
    }

    public CalendarView create(SaveCalendar command, Actor actor) {
        Checked c = check(command, null);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO sla_calendar (name, time_zone, week_hours, description, version) VALUES (?, ?, ?, ?, 0)")
                .param(c.name())
                .param(c.zone().getId())
                .param(WeekHours.format(c.week()))
                .param(c.description())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        audit(
                "service-level.calendar-created",
                actor,
                id,
                "name=" + c.name() + " zone=" + c.zone().getId());
        return find(id);
    }

    public CalendarView update(long id, SaveCalendar command, @Nullable Long expectedVersion, Actor actor) {
        Row row = load(id);
        if (expectedVersion == null) {
            throw SlaErrors.invalid("version", "sla.validation.version");
        }
        Checked c = check(command, id);
        int updated = jdbc.sql("UPDATE sla_calendar SET name = ?, time_zone = ?, week_hours = ?, description = ?,"
                        + " version = version + 1 WHERE id = ? AND version = ?")
                .param(c.name())
                .param(c.zone().getId())
                .param(WeekHours.format(c.week()))
                .param(c.description())
                .param(row.id())
                .param(expectedVersion)
                .update();
        if (updated == 0) {
            throw SlaErrors.stale();
        }
        audit(
                "service-level.calendar-changed",
                actor,
                id,
                "name=" + c.name() + " zone=" + c.zone().getId() + " week=" + WeekHours.format(c.week()));
        return find(id);
    }

    @Transactional(readOnly = true)
    public List<CalendarDayView> days(long id, @Nullable Integer year) {
        load(id);
        LocalDate from = year == null ? BusinessCalendar.FIRST : LocalDate.of(year, 1, 1);
        LocalDate to = year == null ? BusinessCalendar.LAST : LocalDate.of(year, 12, 31);
        return rules(id, from, to).stream()
                .map(r -> new CalendarDayView(r.date(), r.kind().name(), Span.format(r.hours()), r.name()))
                .toList();
    }

    /** Sets one dated exception; hours are required for partial holidays and extra working days. */
    public void putDay(
            long id,
            @Nullable LocalDate date,
            @Nullable String kind,
            @Nullable String hours,
            @Nullable String name,
            Actor actor) {
        Row row = load(id);
        if (date == null) {
            throw SlaErrors.invalid("date", "validation.required");
        }
        if (date.isBefore(BusinessCalendar.FIRST) || date.isAfter(BusinessCalendar.LAST)) {
            throw SlaErrors.invalid(
                    "date",
                    "sla.validation.dateRange",
                    BusinessCalendar.FIRST.getYear(),
                    BusinessCalendar.LAST.getYear());
        }
        DayKind dayKind;
        try {
            dayKind = DayKind.valueOf(kind == null ? "" : kind.strip());
        } catch (IllegalArgumentException e) {
            throw SlaErrors.invalid("kind", "sla.validation.dayKind");
        }
        List<Span> spans = Span.parseList("hours", hours == null ? "" : hours);
        if (dayKind != DayKind.HOLIDAY && spans.isEmpty()) {
            throw SlaErrors.invalid("hours", "sla.validation.hoursRequired");
        }
        String n = name == null ? "" : name.strip();
        if (n.length() > 100) {
            throw SlaErrors.invalid("name", "validation.tooLong", 100);
        }
        write(row.id(), List.of(new DayRule(date, dayKind, spans, n)));
        audit("service-level.calendar-day-set", actor, id, date + " " + dayKind + " " + Span.format(spans) + " " + n);
    }

    public void removeDay(long id, LocalDate date, Actor actor) {
        Row row = load(id);
        jdbc.sql("DELETE FROM sla_calendar_day WHERE calendar_id = ? AND on_date = ?")
                .param(row.id())
                .param(date)
                .update();
        bump(row.id());
        audit("service-level.calendar-day-removed", actor, id, date.toString());
    }

    /** What importing {@code content} ({@code json} or {@code ics}) would change; changes nothing. */
    @Transactional(readOnly = true)
    public ImportPreview preview(long id, @Nullable String format, @Nullable String content) {
        Row row = load(id);
        ScheduleImport.Parsed parsed = parse(row, format, content);
        Map<LocalDate, DayRule> existing = new LinkedHashMap<>();
        LocalDate first = parsed.rules().getFirst().date();
        LocalDate last = parsed.rules().getLast().date();
        rules(id, first, last).forEach(r -> existing.put(r.date(), r));
        List<ImportPreview.Change> changes = new ArrayList<>();
        for (DayRule rule : parsed.rules()) {
            DayRule before = existing.get(rule.date());
            if (before != null && before.equals(rule)) {
                continue;
            }
            changes.add(new ImportPreview.Change(
                    rule.date(),
                    before == null ? null : before.kind().name(),
                    before == null ? null : before.name(),
                    rule.kind().name(),
                    Span.format(rule.hours()),
                    rule.name()));
        }
        return new ImportPreview(id, parsed.source(), parsed.rules().size(), changes);
    }

    /** Imports {@code content} into the calendar: all of its days or, on any error, none. */
    public ImportPreview apply(long id, @Nullable String format, @Nullable String content, Actor actor) {
        ImportPreview preview = preview(id, format, content);
        Row row = load(id);
        write(row.id(), parse(row, format, content).rules());
        audit(
                "service-level.calendar-imported",
                actor,
                id,
                "format=" + format + " days=" + preview.days() + " changed="
                        + preview.changes().size() + " source=" + preview.source());
        return preview;
    }

    /** The official mainland-China schedule of {@code year} shipped with Keel, as JSON text. */
    public static String officialSchedule(int year) {
        try (var in = Calendars.class.getResourceAsStream("/sla/holidays/cn-" + year + ".json")) {
            if (in == null) {
                throw SlaErrors.invalid("year", "sla.validation.noSchedule", year);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The compiled calendar, recompiled when it changed since this node last compiled it. */
    @Transactional(readOnly = true)
    public BusinessCalendar compiled(long id) {
        long version = jdbc.sql("SELECT version FROM sla_calendar WHERE id = ?")
                .param(id)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> SlaErrors.notFound("calendar " + id));
        Compiled cached = cache.get(id);
        if (cached != null && cached.version() == version) {
            return cached.calendar();
        }
        Row row = load(id);
        BusinessCalendar calendar = compile(row, rules(id, BusinessCalendar.FIRST, BusinessCalendar.LAST));
        cache.put(id, new Compiled(row.version(), calendar));
        return calendar;
    }

    /** Every day of a month with its working hours, for the month view. */
    @Transactional(readOnly = true)
    public List<MonthDay> month(long id, YearMonth month) {
        Row row = load(id);
        LocalDate first = month.atDay(1);
        if (first.isBefore(BusinessCalendar.FIRST) || month.atEndOfMonth().isAfter(BusinessCalendar.LAST)) {
            throw SlaErrors.invalid(
                    "month",
                    "sla.validation.dateRange",
                    BusinessCalendar.FIRST.getYear(),
                    BusinessCalendar.LAST.getYear());
        }
        Map<DayOfWeek, List<Span>> week = WeekHours.parse(row.week());
        Map<LocalDate, DayRule> byDate = new LinkedHashMap<>();
        rules(id, first, month.atEndOfMonth()).forEach(r -> byDate.put(r.date(), r));
        List<MonthDay> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            DayRule rule = byDate.get(d);
            List<Span> weekly = week.getOrDefault(d.getDayOfWeek(), List.of());
            if (rule == null) {
                days.add(new MonthDay(d, weekly.isEmpty() ? "WEEKEND" : "WORKDAY", Span.format(weekly), ""));
            } else {
                String kind = switch (rule.kind()) {
                    case HOLIDAY -> "HOLIDAY";
                    case PARTIAL_HOLIDAY -> "PARTIAL_HOLIDAY";
                    case WORKING -> weekly.isEmpty() ? "MAKEUP" : "WORKDAY";
                };
                days.add(new MonthDay(d, kind, Span.format(rule.hours()), rule.name()));
            }
        }
        return days;
    }

    private void write(long id, List<DayRule> rules) {
        for (DayRule r : rules) {
            jdbc.sql("DELETE FROM sla_calendar_day WHERE calendar_id = ? AND on_date = ?")
                    .param(id)
                    .param(r.date())
                    .update();
            jdbc.sql("INSERT INTO sla_calendar_day (calendar_id, on_date, day_kind, working_hours, name)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .param(id)
                    .param(r.date())
                    .param(r.kind().name())
                    .param(Span.format(r.hours()))
                    .param(r.name())
                    .update();
        }
        bump(id);
    }

    private void bump(long id) {
        jdbc.sql("UPDATE sla_calendar SET version = version + 1 WHERE id = ?")
                .param(id)
                .update();
    }

    private ScheduleImport.Parsed parse(Row row, @Nullable String format, @Nullable String content) {
        if (content == null || content.isBlank()) {
            throw SlaErrors.invalid("file", "sla.import.empty");
        }
        if (content.length() > MAX_IMPORT_BYTES) {
            throw SlaErrors.invalid("file", "sla.import.tooLarge");
        }
        Map<DayOfWeek, List<Span>> week = WeekHours.parse(row.week());
        String f = format == null ? "" : format.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (f) {
            case "json" -> ScheduleImport.json(content, week);
            case "ics" -> ScheduleImport.ics(content, ZoneId.of(row.zone()), week);
            default -> throw SlaErrors.invalid("format", "sla.import.format");
        };
    }

    static BusinessCalendar compile(Row row, List<DayRule> rules) {
        try {
            return BusinessCalendar.compile(ZoneId.of(row.zone()), WeekHours.parse(row.week()), rules);
        } catch (IllegalArgumentException e) {
            throw new DomainException(DomainException.Kind.CONFLICT, "no-working-time", "sla.error.noWorkingTime");
        }
    }

    private List<DayRule> rules(long id, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT on_date, day_kind, working_hours, name FROM sla_calendar_day"
                        + " WHERE calendar_id = ? AND on_date BETWEEN ? AND ? ORDER BY on_date")
                .param(id)
                .param(from)
                .param(to)
                .query((rs, i) -> new DayRule(
                        rs.getObject(1, LocalDate.class),
                        DayKind.valueOf(rs.getString(2)),
                        Span.parseList("hours", rs.getString(3)),
                        rs.getString(4)))
                .list();
    }

    private Row load(long id) {
        return jdbc.sql("SELECT id, name, time_zone, week_hours, description, version FROM sla_calendar WHERE id = ?")
                .param(id)
                .query(Calendars::row)
                .optional()
                .orElseThrow(() -> SlaErrors.notFound("calendar " + id));
    }

    private static Row row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Row(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6));
    }

    private CalendarView view(Row row) {
        Map<String, String> week = new LinkedHashMap<>();
        WeekHours.parse(row.week()).forEach((d, spans) -> week.put(d.name(), Span.format(spans)));
        int days = jdbc.sql("SELECT COUNT(*) FROM sla_calendar_day WHERE calendar_id = ?")
                .param(row.id())
                .query(Integer.class)
                .single();
        return new CalendarView(
                row.id(),
                row.name(),
                row.zone(),
                week,
                row.description() == null ? "" : row.description(),
                days,
                row.version());
    }

    private record Checked(
            String name,
            ZoneId zone,
            Map<DayOfWeek, List<Span>> week,
            @Nullable String description) {}

    private Checked check(SaveCalendar c, @Nullable Long id) {
        List<DomainException.FieldProblem> problems = new ArrayList<>();
        String name = c.name() == null ? "" : c.name().strip();
        if (name.isEmpty()) {
            problems.add(new DomainException.FieldProblem("name", "validation.required"));
        } else if (name.length() > 100) {
            problems.add(new DomainException.FieldProblem("name", "validation.tooLong", 100));
        } else {
            Long other = idOf(name).orElse(null);
            if (other != null && !other.equals(id)) {
                problems.add(new DomainException.FieldProblem("name", "sla.validation.nameTaken"));
            }
        }
        ZoneId zone = null;
        try {
            zone = ZoneId.of(c.zone() == null ? "" : c.zone().strip());
        } catch (DateTimeException e) {
            problems.add(new DomainException.FieldProblem("zone", "sla.validation.zone"));
        }
        Map<DayOfWeek, List<Span>> week = null;
        try {
            week = WeekHours.of(c.week() == null ? Map.of() : c.week());
            if (week.values().stream().allMatch(List::isEmpty)) {
                problems.add(new DomainException.FieldProblem("hoursMonday", "sla.validation.noHours"));
            }
        } catch (DomainException e) {
            problems.addAll(e.fieldProblems());
        }
        String description = c.description() == null || c.description().isBlank()
                ? null
                : c.description().strip();
        if (description != null && description.length() > 500) {
            problems.add(new DomainException.FieldProblem("description", "validation.tooLong", 500));
        }
        if (!problems.isEmpty() || zone == null || week == null) {
            throw new DomainException(DomainException.Kind.INVALID, "validation", "error.validation", problems);
        }
        return new Checked(name, zone, week, description);
    }
}
