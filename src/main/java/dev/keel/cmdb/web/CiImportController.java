package dev.keel.cmdb.web;

import dev.keel.cmdb.domain.CiImportJobs;
import dev.keel.cmdb.domain.CsvFile;
import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * The console's CSV import: upload a file of CIs or of relations, see what it would do and every row
 * that would fail, confirm, and watch the progress bar (htmx polling) until it ends.
 */
@Controller
@RequestMapping("/admin/cmdb/import")
@PreAuthorize("hasAuthority('admin:config')")
class CiImportController {

    private final CiImportJobs jobs;
    private final MessageSource messages;

    CiImportController(CiImportJobs jobs, MessageSource messages) {
        this.jobs = jobs;
        this.messages = messages;
    }

    /** A failing row with its localised reason. */
    record RowError(int row, String field, String message) {}

    @GetMapping
    String form() {
        return "cmdb/import";
    }

    @PostMapping
    String upload(HttpServletRequest request, Actor actor, Locale locale, Model model, HttpServletResponse response) {
        try {
            MultipartFile file = file(request);
            byte[] bytes = file.getBytes();
            if (bytes.length > CsvFile.MAX_BYTES) {
                throw DomainException.invalid("file", "cmdb.import.tooLarge", CsvFile.MAX_BYTES / 1024 / 1024);
            }
            String name = file.getOriginalFilename();
            long id = jobs.upload(name == null ? "" : name, bytes, actor);
            return "redirect:/admin/cmdb/import/" + id;
        } catch (DomainException e) {
            return refused(message(e, locale), HttpStatus.UNPROCESSABLE_CONTENT, model, response);
        } catch (MultipartException | IOException e) {
            return refused(
                    messages.getMessage("cmdb.import.tooLarge", new Object[] {CsvFile.MAX_BYTES / 1024 / 1024}, locale),
                    HttpStatus.CONTENT_TOO_LARGE,
                    model,
                    response);
        }
    }

    @GetMapping("/{id}")
    String job(@PathVariable long id, Actor actor, Locale locale, Model model) {
        return jobPage(id, actor, locale, model);
    }

    @PostMapping("/{id}/confirm")
    String confirm(@PathVariable long id, Actor actor, Locale locale, Model model, HttpServletResponse response) {
        try {
            jobs.confirm(id, actor);
            return "redirect:/admin/cmdb/import/" + id;
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            response.setStatus(
                    e.kind() == DomainException.Kind.CONFLICT
                            ? HttpStatus.CONFLICT.value()
                            : HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("error", message(e, locale));
            return jobPage(id, actor, locale, model);
        }
    }

    @GetMapping("/{id}/progress")
    String progress(@PathVariable long id, Actor actor, Locale locale, Model model) {
        CiImportJobs.Job job = jobs.find(id, actor);
        model.addAttribute("job", job);
        model.addAttribute(
                "problems", job.state() == CiImportJobs.State.FAILED ? errors(id, actor, locale) : List.of());
        return "cmdb/fragments/import-progress :: progress";
    }

    private String jobPage(long id, Actor actor, Locale locale, Model model) {
        model.addAttribute("job", jobs.find(id, actor));
        model.addAttribute("problems", errors(id, actor, locale));
        return "cmdb/import-job";
    }

    private List<RowError> errors(long id, Actor actor, Locale locale) {
        return jobs.problems(id, actor).stream()
                .map(p -> new RowError(
                        p.row(), p.field(), messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale)))
                .toList();
    }

    /** The uploaded file; a request without one is refused with a clear message. */
    private static MultipartFile file(HttpServletRequest request) {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart == null) {
            throw DomainException.invalid("file", "cmdb.import.noFile");
        }
        MultipartFile file = multipart.getFile("file");
        if (file == null || (file.isEmpty() && blank(file.getOriginalFilename()))) {
            throw DomainException.invalid("file", "cmdb.import.noFile");
        }
        return file;
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private String refused(String message, HttpStatus status, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("error", message);
        return "cmdb/import";
    }

    private String message(DomainException e, Locale locale) {
        var problem = e.fieldProblems().isEmpty() ? null : e.fieldProblems().get(0);
        return problem == null
                ? messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale)
                : messages.getMessage(problem.messageKey(), problem.arguments(), problem.messageKey(), locale);
    }
}
