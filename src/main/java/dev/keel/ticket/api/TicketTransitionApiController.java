package dev.keel.ticket.api;

import dev.keel.shared.DomainException;
import dev.keel.shared.KeelPrincipal;
import dev.keel.ticket.PendingReason;
import dev.keel.ticket.ResolutionCode;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.TicketViewer;
import dev.keel.ticket.domain.TicketWork;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tickets/{ticket}")
@Tag(name = "Tickets")
class TicketTransitionApiController {

    private final TicketWork work;
    private final TicketCallers callers;

    TicketTransitionApiController(TicketWork work, TicketCallers callers) {
        this.work = work;
        this.callers = callers;
    }

    /** What a transition request may ask for; CLAIM assigns the ticket to the caller. */
    enum Action {
        ASSIGN,
        CLAIM,
        START,
        PEND,
        RESUME,
        RESOLVE,
        ACCEPT,
        REJECT,
        REOPEN,
        CANCEL,
        ESCALATE
    }

    record TransitionRequest(
            @NotNull Action action,
            @Nullable Long groupId,
            @Nullable Long assigneeId,
            @Nullable PendingReason pendingReason,
            @Nullable ResolutionCode resolutionCode,
            @Nullable String resolutionNotes,
            @Nullable String reason,
            @Nullable Long version) {}

    record ClaimRequest(@Nullable Long version) {}

    @PostMapping("/transitions")
    @Operation(
            summary = "Move a ticket through its lifecycle",
            description = "ASSIGN (groupId and/or assigneeId), CLAIM, START, PEND (pendingReason), RESUME, RESOLVE"
                    + " (resolutionCode, resolutionNotes), ACCEPT, REJECT (reason), REOPEN (reason?), CANCEL (reason?),"
                    + " ESCALATE (groupId, reason). A transition the lifecycle does not allow is a 409 problem of type"
                    + " .../illegal-transition; `version`, where given, guards against lost updates (409 stale).")
    TicketView transition(
            @PathVariable String ticket,
            @Valid @RequestBody TransitionRequest request,
            @AuthenticationPrincipal KeelPrincipal me) {
        long id = callers.ticketId(ticket);
        TicketViewer viewer = callers.viewer(me);
        Long version = request.version();
        return switch (request.action()) {
            case ASSIGN -> {
                if (request.groupId() == null && request.assigneeId() == null) {
                    throw DomainException.invalid("groupId", "ticket.api.validation.assignTarget");
                }
                yield work.assign(id, viewer, request.groupId(), request.assigneeId(), version);
            }
            case CLAIM -> work.claim(id, viewer, version);
            case START -> work.start(id, viewer, version);
            case PEND -> work.pend(id, viewer, required("pendingReason", request.pendingReason()), version);
            case RESUME -> work.resume(id, viewer, version);
            case RESOLVE -> work.resolve(id, viewer, request.resolutionCode(), request.resolutionNotes(), version);
            case ACCEPT -> work.accept(id, viewer);
            case REJECT -> work.reject(id, viewer, request.reason());
            case REOPEN -> work.reopen(id, viewer, request.reason());
            case CANCEL -> work.cancel(id, viewer, request.reason(), version);
            case ESCALATE ->
                work.escalate(id, viewer, required("groupId", request.groupId()), request.reason(), version);
        };
    }

    @PostMapping("/claim")
    @Operation(summary = "Take the ticket: assigned to the caller, in its group or the caller's first group")
    TicketView claim(
            @PathVariable String ticket,
            @RequestBody(required = false) @Nullable ClaimRequest request,
            @AuthenticationPrincipal KeelPrincipal me) {
        return work.claim(callers.ticketId(ticket), callers.viewer(me), request == null ? null : request.version());
    }

    private static <T> T required(String field, @Nullable T value) {
        if (value == null) {
            throw DomainException.invalid(field, "validation.required");
        }
        return value;
    }
}
