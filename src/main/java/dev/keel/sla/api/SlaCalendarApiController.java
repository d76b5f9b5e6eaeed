package dev.keel.sla.api;

import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import dev.keel.sla.domain.CalendarDayView;
import dev.keel.sla.domain.CalendarView;
import dev.keel.sla.domain.Calendars;
import dev.keel.sla.domain.ImportPreview;
import dev.keel.sla.domain.MonthDay;
import dev.keel.sla.domain.SaveCalendar;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sla/calendars")
@PreAuthorize("hasAuthority('admin:config')")
@Tag(name = "SLA calendars", description = "Business calendars: weekly hours, holidays and make-up working days")
class SlaCalendarApiController {

    private final Calendars calendars;

    SlaCalendarApiController(Calendars calendars) {
        this.calendars = calendars;
    }

    /** A calendar as sent by a client; {@code version} is required on update. */
    record CalendarRequest(
            @Nullable String name,
            @Nullable String zone,
            @Nullable Map<DayOfWeek, String> week,
            @Nullable String description,
            @Nullable Long version) {

        SaveCalendar command() {
            return new SaveCalendar(name, zone, week, description);
        }
    }

    /** A dated exception: kind HOLIDAY, PARTIAL_HOLIDAY (hours = what is still worked) or WORKING. */
    record DayRequest(
            @Nullable String kind,
            @Nullable String hours,
            @Nullable String name) {}

    /** A file to import: format {@code json} (yearly schedule) or {@code ics}, and its text. */
    record ImportRequest(@Nullable String format, @Nullable String content) {}

    @GetMapping
    @Operation(summary = "All calendars")
    List<CalendarView> list() {
        return calendars.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One calendar")
    CalendarView find(@PathVariable long id) {
        return calendars.find(id);
    }

    @PostMapping
    @Operation(summary = "Create a calendar")
    ResponseEntity<CalendarView> create(Actor actor, @RequestBody CalendarRequest request) {
        CalendarView created = calendars.create(request.command(), actor);
        return ResponseEntity.created(URI.create("/api/v1/sla/calendars/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a calendar's name, zone and weekly hours; send the version you read, else 409")
    CalendarView update(Actor actor, @PathVariable long id, @RequestBody CalendarRequest request) {
        return calendars.update(id, request.command(), request.version(), actor);
    }

    @GetMapping("/{id}/days")
    @Operation(summary = "Dated exceptions (holidays, partial holidays, extra working days), optionally of one year")
    List<CalendarDayView> days(@PathVariable long id, @RequestParam(required = false) @Nullable Integer year) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw DomainException.invalid("year", "sla.validation.dateRange", 2000, 2100);
        }
        return calendars.days(id, year);
    }

    @PutMapping("/{id}/days/{date}")
    @Operation(summary = "Set the exception of one date")
    List<CalendarDayView> putDay(
            Actor actor, @PathVariable long id, @PathVariable String date, @RequestBody DayRequest request) {
        LocalDate day = date(date);
        calendars.putDay(id, day, request.kind(), request.hours(), request.name(), actor);
        return calendars.days(id, day.getYear());
    }

    @DeleteMapping("/{id}/days/{date}")
    @Operation(summary = "Remove the exception of one date")
    ResponseEntity<Void> removeDay(Actor actor, @PathVariable long id, @PathVariable String date) {
        calendars.removeDay(id, date(date), actor);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/month/{month}")
    @Operation(summary = "Every day of a month (yyyy-MM) with its kind and working hours")
    List<MonthDay> month(@PathVariable long id, @PathVariable String month) {
        try {
            return calendars.month(id, YearMonth.parse(month));
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("month", "sla.validation.month");
        }
    }

    @PostMapping("/{id}/import/preview")
    @Operation(summary = "What importing a JSON schedule or an ICS file would change; changes nothing")
    ImportPreview preview(@PathVariable long id, @RequestBody ImportRequest request) {
        return calendars.preview(id, request.format(), request.content());
    }

    @PostMapping("/{id}/import")
    @Operation(summary = "Import a JSON schedule or an ICS file: all of its days or, on any error, none")
    ImportPreview apply(Actor actor, @PathVariable long id, @RequestBody ImportRequest request) {
        return calendars.apply(id, request.format(), request.content(), actor);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("date", "sla.validation.date");
        }
    }
}
