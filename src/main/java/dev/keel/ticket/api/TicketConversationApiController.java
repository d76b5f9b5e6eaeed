package dev.keel.ticket.api;

import dev.keel.shared.KeelPrincipal;
import dev.keel.ticket.EntryKind;
import dev.keel.ticket.EntryView;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.domain.HistoryView;
import dev.keel.ticket.domain.TicketWork;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tickets/{ticket}")
@Tag(name = "Ticket conversation", description = "Replies, internal notes, field history and the requester's rating")
class TicketConversationApiController {

    private final TicketWork work;
    private final TicketCallers callers;

    TicketConversationApiController(TicketWork work, TicketCallers callers) {
        this.work = work;
        this.callers = callers;
    }

    record CommentRequest(
            @Nullable EntryKind kind,
            @NotBlank String body,
            @Nullable Integer timeSpentMinutes) {}

    record RatingRequest(@NotNull Integer stars, @Nullable String comment) {}

    @GetMapping("/comments")
    @Operation(summary = "The conversation in order; requesters never see internal notes")
    List<EntryView> comments(@PathVariable String ticket, @AuthenticationPrincipal KeelPrincipal me) {
        return work.conversation(callers.ticketId(ticket), callers.viewer(me));
    }

    @PostMapping("/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Reply (PUBLIC_REPLY, the default) or add an INTERNAL_NOTE (agents)",
            description = "Time spent counts for agents only. A requester's reply to a ticket pending on them resumes"
                    + " it; requesters get 403 for internal notes.")
    EntryView comment(
            @PathVariable String ticket,
            @Valid @RequestBody CommentRequest request,
            @AuthenticationPrincipal KeelPrincipal me) {
        return work.reply(
                callers.ticketId(ticket),
                callers.viewer(me),
                request.kind() == null ? EntryKind.PUBLIC_REPLY : request.kind(),
                request.body(),
                request.timeSpentMinutes() == null ? 0 : request.timeSpentMinutes());
    }

    @GetMapping("/history")
    @Operation(summary = "Every field change in order: field, old and new value, who and when")
    List<HistoryView> history(@PathVariable String ticket, @AuthenticationPrincipal KeelPrincipal me) {
        return work.history(callers.ticketId(ticket), callers.viewer(me));
    }

    @PostMapping("/rating")
    @Operation(summary = "The requester rates a closed ticket once: 1 to 5 stars and an optional comment")
    TicketView rate(
            @PathVariable String ticket,
            @Valid @RequestBody RatingRequest request,
            @AuthenticationPrincipal KeelPrincipal me) {
        return work.rate(callers.ticketId(ticket), callers.viewer(me), request.stars(), request.comment());
    }
}
