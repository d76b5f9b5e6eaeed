package dev.keel.ticket.web;

import dev.keel.shared.DomainException;
import dev.keel.ticket.PendingReason;
import dev.keel.ticket.ResolutionCode;
import dev.keel.ticket.TicketViewer;
import dev.keel.ticket.domain.TicketWork;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One action on many selected queue rows. Each ticket goes through {@link TicketWork} on its own, so
 * that one refusal does not undo the others; the agent learns how many succeeded and why the rest
 * did not.
 */
@Controller
class WorkspaceBulkController {

    /** What can be done to many tickets at once. */
    enum BulkAction {
        ASSIGN,
        CLAIM,
        START,
        PEND,
        RESOLVE,
        CANCEL
    }

    /** The bulk form; {@code selected} holds "id:version" of each chosen row. */
    record BulkForm(
            @Nullable List<String> selected,
            @Nullable BulkAction action,
            @Nullable Long groupId,
            @Nullable Long assigneeId,
            @Nullable PendingReason pendingReason,
            @Nullable ResolutionCode resolutionCode,
            @Nullable String notes,
            @Nullable String back) {}

    /** A ticket the action could not be applied to, and why (kept in the session until shown). */
    public record Failure(String ticket, String reason) implements Serializable {}

    /** What happened: how many tickets changed, and the ones that did not. */
    public record Outcome(int succeeded, List<Failure> failures) implements Serializable {

        public Outcome {
            failures = List.copyOf(failures);
        }
    }

    private record Selection(long id, long version) {}

    private final TicketWork work;
    private final SignedInAgent agents;
    private final Messages messages;

    WorkspaceBulkController(TicketWork work, SignedInAgent agents, Messages messages) {
        this.work = work;
        this.agents = agents;
        this.messages = messages;
    }

    @PostMapping("/workspace/bulk")
    String bulk(
            @ModelAttribute BulkForm form, Authentication authentication, Locale locale, RedirectAttributes redirect) {
        String back = form.back() != null && form.back().startsWith("/workspace") ? form.back() : "/workspace";
        String problem = problem(form);
        if (problem != null) {
            redirect.addFlashAttribute("bulkError", messages.text(problem, new Object[0], locale));
            return "redirect:" + back;
        }
        TicketViewer viewer = agents.viewer(authentication);
        int succeeded = 0;
        List<Failure> failures = new ArrayList<>();
        for (Selection selection : selections(form.selected())) {
            try {
                apply(form, selection, viewer);
                succeeded++;
            } catch (DomainException e) {
                failures.add(new Failure(label(selection.id(), viewer), messages.of(e, locale)));
            } catch (OptimisticLockingFailureException e) {
                failures.add(new Failure(
                        label(selection.id(), viewer), messages.text("error.stale", new Object[0], locale)));
            }
        }
        redirect.addFlashAttribute("bulkOutcome", new Outcome(succeeded, failures));
        return "redirect:" + back;
    }

    private void apply(BulkForm form, Selection s, TicketViewer viewer) {
        Long version = s.version();
        switch (form.action()) {
            case ASSIGN -> work.assign(s.id(), viewer, form.groupId(), form.assigneeId(), version);
            case CLAIM -> work.claim(s.id(), viewer, version);
            case START -> work.start(s.id(), viewer, version);
            case PEND -> work.pend(s.id(), viewer, form.pendingReason(), version);
            case RESOLVE -> work.resolve(s.id(), viewer, form.resolutionCode(), form.notes(), version);
            case CANCEL -> work.cancel(s.id(), viewer, form.notes(), version);
            case null -> throw new IllegalStateException("checked before");
        }
    }

    private static @Nullable String problem(BulkForm form) {
        if (form.action() == null) {
            return "workspace.bulk.noAction";
        }
        if (form.selected() == null || form.selected().isEmpty()) {
            return "workspace.bulk.noneSelected";
        }
        if (selections(form.selected()).size() != form.selected().size()) {
            return "error.validation";
        }
        if (form.action() == BulkAction.ASSIGN && form.groupId() == null && form.assigneeId() == null) {
            return "workspace.bulk.assignTarget";
        }
        if (form.action() == BulkAction.PEND && form.pendingReason() == null) {
            return "workspace.validation.pendingReason";
        }
        return null;
    }

    private static List<Selection> selections(@Nullable List<String> selected) {
        List<Selection> result = new ArrayList<>();
        if (selected == null) {
            return result;
        }
        for (String value : selected) {
            String[] parts = value.split(":", 2);
            try {
                result.add(new Selection(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
            } catch (RuntimeException unparsable) {
                // counted by the caller: any unparsable selection refuses the whole request
            }
        }
        return result;
    }

    private String label(long ticketId, TicketViewer viewer) {
        try {
            return work.view(ticketId, viewer).number();
        } catch (DomainException invisible) {
            return "#" + ticketId;
        }
    }
}
