package dev.keel.sla.web;

import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import dev.keel.sla.domain.Calendars;
import dev.keel.sla.domain.DayKind;
import dev.keel.sla.domain.ImportPreview;
import dev.keel.sla.domain.MonthDay;
import dev.keel.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Console pages for business calendars: list, edit, dated exceptions, month view and imports. */
@Controller
@RequestMapping("/admin/sla/calendars")
@PreAuthorize("hasAuthority('admin:config')")
class CalendarAdminController {

    private final Calendars calendars;
    private final Clock clock;

    CalendarAdminController(Calendars calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", CalendarForm.empty());
        return listPage(model);
    }

    @PostMapping
    String create(
            Actor actor,
            @ModelAttribute("form") CalendarForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            long id = calendars.create(form.command(), actor).id();
            redirect.addFlashAttribute("notice", "admin.saved");
            return "redirect:/admin/sla/calendars/" + id;
        } catch (DomainException e) {
            FormErrors.apply(e, result);
            response.setStatus(422);
            return listPage(model);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, @RequestParam(required = false) @Nullable Integer year, Model model) {
        model.addAttribute("form", CalendarForm.of(calendars.find(id)));
        model.addAttribute("dayForm", DayForm.empty());
        return editPage(id, year, model);
    }

    @PostMapping("/{id}")
    String update(
            Actor actor,
            @PathVariable long id,
            @ModelAttribute("form") CalendarForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            calendars.update(id, form.command(), form.version(), actor);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            FormErrors.apply(e, result);
            response.setStatus(e.kind() == DomainException.Kind.CONFLICT ? 409 : 422);
            model.addAttribute("dayForm", DayForm.empty());
            return editPage(id, null, model);
        }
        redirect.addFlashAttribute("notice", "admin.saved");
        return "redirect:/admin/sla/calendars/" + id;
    }

    @PostMapping("/{id}/days")
    String putDay(
            Actor actor,
            @PathVariable long id,
            @ModelAttribute("dayForm") DayForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                calendars.putDay(id, form.date(), form.kind(), form.hours(), form.name(), actor);
                redirect.addFlashAttribute("notice", "admin.saved");
                return "redirect:/admin/sla/calendars/" + id + "?year="
                        + form.date().getYear();
            } catch (DomainException e) {
                if (e.kind() == DomainException.Kind.NOT_FOUND) {
                    throw e;
                }
                FormErrors.apply(e, result);
            }
        }
        response.setStatus(422);
        model.addAttribute("form", CalendarForm.of(calendars.find(id)));
        return editPage(id, null, model);
    }

    @PostMapping("/{id}/days/{date}/delete")
    String removeDay(Actor actor, @PathVariable long id, @PathVariable String date, RedirectAttributes redirect) {
        LocalDate day = parseDate(date);
        calendars.removeDay(id, day, actor);
        redirect.addFlashAttribute("notice", "sla.calendar.dayRemoved");
        return "redirect:/admin/sla/calendars/" + id + "?year=" + day.getYear();
    }

    @GetMapping("/{id}/month")
    String month(@PathVariable long id, @RequestParam(required = false) @Nullable String month, Model model) {
        var calendar = calendars.find(id);
        YearMonth ym;
        try {
            ym = month == null || month.isBlank()
                    ? YearMonth.now(clock.withZone(ZoneId.of(calendar.zone())))
                    : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("month", "sla.validation.month");
        }
        List<MonthDay> days = calendars.month(id, ym);
        List<List<MonthDay>> weeks = new ArrayList<>();
        List<MonthDay> week = new ArrayList<>();
        int lead = ym.atDay(1).getDayOfWeek().getValue() - 1;
        for (int i = 0; i < lead; i++) {
            week.add(null);
        }
        for (MonthDay d : days) {
            week.add(d);
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(null);
            }
            weeks.add(week);
        }
        model.addAttribute("calendar", calendar);
        model.addAttribute("month", ym);
        model.addAttribute("previous", ym.minusMonths(1));
        model.addAttribute("next", ym.plusMonths(1));
        model.addAttribute("weeks", weeks);
        return "sla/calendar-month";
    }

    @PostMapping("/{id}/import")
    String preview(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String format,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable Integer officialYear,
            Model model,
            HttpServletResponse response) {
        String content;
        String f = format;
        try {
            if (officialYear != null) {
                content = Calendars.officialSchedule(officialYear);
                f = "json";
            } else {
                content = read(file);
            }
            ImportPreview preview = calendars.preview(id, f, content);
            model.addAttribute("preview", preview);
            model.addAttribute("content", content);
            model.addAttribute("format", f);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("importErrors", e.fieldProblems());
            response.setStatus(422);
        }
        model.addAttribute("calendar", calendars.find(id));
        return "sla/calendar-import";
    }

    @PostMapping("/{id}/import/apply")
    String apply(
            Actor actor,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String format,
            @RequestParam(required = false) @Nullable String content,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            ImportPreview applied = calendars.apply(id, format, content, actor);
            redirect.addFlashAttribute("notice", "sla.import.applied");
            redirect.addFlashAttribute("noticeCount", applied.changes().size());
            return "redirect:/admin/sla/calendars/" + id;
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("importErrors", e.fieldProblems());
            model.addAttribute("calendar", calendars.find(id));
            response.setStatus(422);
            return "sla/calendar-import";
        }
    }

    private static String read(@Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw DomainException.invalid("file", "sla.import.empty");
        }
        if (file.getSize() > 1_000_000) {
            throw DomainException.invalid("file", "sla.import.tooLarge");
        }
        try {
            return new String(file.getBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw DomainException.invalid("file", "sla.import.unreadable");
        }
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("date", "sla.validation.date");
        }
    }

    private String listPage(Model model) {
        model.addAttribute("calendars", calendars.list());
        model.addAttribute("zones", zones());
        return "sla/calendars";
    }

    private String editPage(long id, @Nullable Integer year, Model model) {
        var calendar = calendars.find(id);
        int y = year != null
                ? year
                : LocalDate.now(clock.withZone(ZoneId.of(calendar.zone()))).getYear();
        if (y < 2000 || y > 2100) {
            throw DomainException.invalid("year", "sla.validation.dateRange", 2000, 2100);
        }
        model.addAttribute("calendar", calendar);
        model.addAttribute("year", y);
        model.addAttribute("days", calendars.days(id, y));
        model.addAttribute("dayKinds", DayKind.values());
        model.addAttribute("officialYears", List.of(2024, 2025, 2026));
        model.addAttribute("zones", zones());
        return "sla/calendar-edit";
    }

    private static List<String> zones() {
        return ZoneId.getAvailableZoneIds().stream()
                .filter(z -> z.contains("/") && !z.startsWith("Etc") && !z.startsWith("SystemV"))
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
    }
}
