package dev.keel.ticket.web;

import dev.keel.shared.DomainException;
import dev.keel.ticket.EntryKind;
import dev.keel.ticket.TicketManagement;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.TicketViewer;
import dev.keel.ticket.domain.TicketWork;
import dev.keel.ticket.web.TicketForms.AssignForm;
import dev.keel.ticket.web.TicketForms.CancelForm;
import dev.keel.ticket.web.TicketForms.ClaimForm;
import dev.keel.ticket.web.TicketForms.EscalateForm;
import dev.keel.ticket.web.TicketForms.LinkForm;
import dev.keel.ticket.web.TicketForms.PendForm;
import dev.keel.ticket.web.TicketForms.ReclassifyForm;
import dev.keel.ticket.web.TicketForms.ReplyForm;
import dev.keel.ticket.web.TicketForms.ResolveForm;
import dev.keel.ticket.web.TicketForms.VersionForm;
import dev.keel.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The actions of the agent ticket page. Each goes through {@link TicketWork} with the version the form
 * was shown with; a refusal shows the page again with the reason next to the field, or at the top when
 * it concerns the whole ticket (someone else changed it, the action is not allowed in this state).
 */
@Controller
@RequestMapping("/workspace/tickets/{id}")
class WorkspaceTicketActionController {

    /** What every action needs besides its form. */
    record Call(
            long id,
            Authentication authentication,
            Locale locale,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {

        @Override
        public String toString() {
            // the model holds this call, so the generated form would recurse
            return "Call[" + id + "]";
        }
    }

    private final TicketWork work;
    private final TicketManagement tickets;
    private final TicketPage page;
    private final SignedInAgent agents;
    private final Messages messages;

    WorkspaceTicketActionController(
            TicketWork work, TicketManagement tickets, TicketPage page, SignedInAgent agents, Messages messages) {
        this.work = work;
        this.tickets = tickets;
        this.page = page;
        this.agents = agents;
        this.messages = messages;
    }

    @ModelAttribute("call")
    Call call(
            @PathVariable long id,
            Authentication authentication,
            Locale locale,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return new Call(id, authentication, locale, response, model, redirect);
    }

    /**
     * The address of an action, opened with GET (a reload or a bookmark after a refused post), opens
     * the ticket page instead of a 405.
     */
    @GetMapping({
        "/claim",
        "/assign",
        "/start",
        "/pend",
        "/resume",
        "/resolve",
        "/cancel",
        "/escalate",
        "/reclassify",
        "/reply",
        "/watch",
        "/unwatch",
        "/link"
    })
    String reopenPage(@PathVariable long id) {
        return "redirect:/workspace/tickets/" + id;
    }

    @PostMapping("/claim")
    String claim(
            @ModelAttribute("claimForm") ClaimForm form,
            BindingResult result,
            @ModelAttribute(name = "call", binding = false) Call c) {
        return act(
                c,
                form.version(),
                result,
                "workspace.done.claimed",
                v -> work.claim(c.id(), v, Boolean.TRUE.equals(form.takeOver()), form.version()));
    }

    @PostMapping("/assign")
    String assign(
            @ModelAttribute("assignForm") AssignForm form,
            BindingResult result,
            @ModelAttribute(name = "call", binding = false) Call c) {
        return act(c, form.version(), result, "workspace.done.assigned", v -> {
            if (form.groupId() == null && form.assigneeId() == null) {
                throw DomainException.invalid("groupId", "validation.required");
            }
            work.assign(c.id(), v, form.groupId(), form.assigneeId(), form.version());
        });
    }

    @PostMapping("/start")
    String start(
            @ModelAttribute("versionForm") VersionForm form,
            BindingResult result,
            @ModelAttribute(name = "call", binding = false) Call c) {
        return act(c, form.version(), result, "workspace.done.started", v -> work.start(c.id(), v, form.version()));
    }

    @PostMapping("/pend")
    String pend(
            @ModelAttribute("pendForm") PendForm form,
            BindingResult result,
            @ModelAttribute(name = "call", binding = false) Call c) {
        return act(c, form.version(), result, "workspace.done.pended", v -> {
            if (form.reason() == null) {
                throw DomainException.invalid("reason", "workspace.validation.pendingReason");
            }
            work.pend(c.id(), v, form.reason(), form.version());
        });
    }

    @PostMapping("/resume")
    String resume(
            @ModelAttribute("versionForm") VersionForm form,
            BindingResult result,
            @ModelAttribute(name = "call", binding = false) Call c) {
        return act(c, form.version(), result, "workspace.done.resumed", v -> work.resume(c.id(), v, form.version()));
    }

    @PostMapping("/resolve")
    String resolve(
            @ModelAttribute("resolveForm") ResolveForm form,
            BindingResult result,
            @ModelAttribute(name = "call", binding = false) Call c) {
        return act(
                c,
                form.version(),
                result,
                "workspace.done.resolved",
                v -> work.resolve(c.id(), v, form.resolutionCode(), form.resolutionNotes(), form.version()));
    }

    @PostMapping("/cancel")
    String cancel(
            @ModelAttribute("cancelForm") CancelForm form,
            BindingResult result,
            @ModelAttribute(name = "call", binding = false) Call c) {
        return act(
                c,
                form.version(),
                result,
                "workspace.done.cancelled",
                v -> work.cancel(c.id(), v, form.reason(), form.version()));
    }

    @PostMapping("/escalate")
    String escalate(
            @ModelAttribute("escalateForm") EscalateForm form,
            BindingResult result,
            @ModelAttribute(name = "call", binding = false) Call c) {
        return act(c, form.version(), result, "workspace.done.escalated", v -> {
            if (form.groupId() == null) {
                throw DomainException.invalid("groupId", "validation.required");
            }
            work.escalate(c.id(), v, form.groupId(), form.reason(), form.version());
        });
    }

    @PostMapping("/reclassify")
    String reclassify(
            @ModelAttribute("reclassifyForm") ReclassifyForm form,
            BindingResult result,
            @ModelAttribute(name = "call", binding = false) Call c) {
        return act(c, form.version(), result, "workspace.done.reclassified", v -> {
            if (form.type() == null || form.impact() == null || form.urgency() == null) {
                throw DomainException.invalid(
                        form.type() == null ? "type" : form.impact() == null ? "impact" : "urgency",
                        "validation.required");
            }
            work.reclassify(
                    c.id(),
                    v,
                    form.type(),
                    form.categoryId(),
                    form.impact(),
                    form.urgency(),
                    form.title(),
                    form.description(),
                    form.version());
        });
    }

    @PostMapping("/reply")
    String reply(
            @ModelAttribute("replyForm") ReplyForm form,
            BindingResult result,
            @ModelAttribute(name = "call", binding = false) Call c) {
        EntryKind kind = form.kind() == null ? EntryKind.PUBLIC_REPLY : form.kind();
        String done = kind == EntryKind.INTERNAL_NOTE ? "workspace.done.noted" : "workspace.done.replied";
        return act(c, form.version(), result, done, v -> {
            checkVersion(c.id(), v, form.version());
            int minutes = form.timeSpentMinutes() == null ? 0 : form.timeSpentMinutes();
            work.reply(c.id(), v, kind, form.body() == null ? "" : form.body(), minutes);
        });
    }

    @PostMapping("/watch")
    String watch(
            @ModelAttribute("versionForm") VersionForm form,
            BindingResult result,
            @ModelAttribute(name = "call", binding = false) Call c) {
        return act(c, form.version(), result, "workspace.done.watching", v -> work.watch(c.id(), v, v.userId()));
    }

    @PostMapping("/unwatch")
    String unwatch(
            @ModelAttribute("versionForm") VersionForm form,
            BindingResult result,
            @ModelAttribute(name = "call", binding = false) Call c) {
        return act(c, form.version(), result, "workspace.done.unwatched", v -> work.unwatch(c.id(), v, v.userId()));
    }

    @PostMapping("/link")
    String link(
            @ModelAttribute("linkForm") LinkForm form,
            BindingResult result,
            @ModelAttribute(name = "call", binding = false) Call c) {
        return act(c, form.version(), result, "workspace.done.linked", v -> {
            checkVersion(c.id(), v, form.version());
            if (form.kind() == null) {
                throw DomainException.invalid("kind", "validation.required");
            }
            TicketView other = tickets.findByNumber(
                            form.number() == null ? "" : form.number().strip())
                    .filter(v::sees)
                    .orElseThrow(() -> DomainException.invalid("number", "workspace.validation.ticketNumber"));
            work.link(c.id(), v, other.id(), form.kind());
        });
    }

    private void checkVersion(long id, TicketViewer viewer, @Nullable Long version) {
        if (version != null && page.workable(id, viewer).version() != version) {
            throw new DomainException(DomainException.Kind.CONFLICT, "stale", "error.stale");
        }
    }

    private String act(
            Call c, @Nullable Long version, BindingResult result, String done, Consumer<TicketViewer> action) {
        TicketViewer viewer = agents.viewer(c.authentication());
        HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
        if (version == null && !result.hasErrors()) {
            result.reject("workspace.validation.version");
        }
        if (!result.hasErrors()) {
            try {
                action.accept(viewer);
                c.redirect().addFlashAttribute("notice", done);
                return "redirect:/workspace/tickets/" + c.id();
            } catch (DomainException e) {
                if (e.kind() == DomainException.Kind.NOT_FOUND) {
                    throw e;
                }
                FormErrors.apply(e, result);
                if (e.fieldProblems().isEmpty()) {
                    c.model().addAttribute("actionError", messages.of(e, c.locale()));
                }
                status = switch (e.kind()) {
                    case CONFLICT -> HttpStatus.CONFLICT;
                    case FORBIDDEN -> HttpStatus.FORBIDDEN;
                    default -> HttpStatus.UNPROCESSABLE_CONTENT;
                };
            } catch (OptimisticLockingFailureException e) {
                c.model().addAttribute("actionError", messages.text("error.stale", new Object[0], c.locale()));
                status = HttpStatus.CONFLICT;
            }
        } else if (result.hasGlobalErrors() || result.hasFieldErrors("version")) {
            c.model()
                    .addAttribute(
                            "actionError", messages.text("workspace.validation.version", new Object[0], c.locale()));
        }
        c.model().addAttribute("openForm", result.getObjectName());
        c.response().setStatus(status.value());
        return page.fill(c.model(), c.id(), viewer, c.locale());
    }
}
