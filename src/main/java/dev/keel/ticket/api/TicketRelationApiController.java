package dev.keel.ticket.api;

import dev.keel.shared.KeelPrincipal;
import dev.keel.ticket.domain.LinkKind;
import dev.keel.ticket.domain.TicketWork;
import dev.keel.ticket.domain.TicketWork.LinkView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tickets/{ticket}")
@Tag(name = "Ticket relations", description = "Watchers and links between tickets")
class TicketRelationApiController {

    private final TicketWork work;
    private final TicketCallers callers;

    TicketRelationApiController(TicketWork work, TicketCallers callers) {
        this.work = work;
        this.callers = callers;
    }

    record WatchersResponse(List<Long> userIds) {}

    record WatchingResponse(long userId, boolean watching) {}

    record LinkRequest(@NotNull Long toId, @NotNull LinkKind kind) {}

    @GetMapping("/watchers")
    @Operation(summary = "Who watches the ticket (user ids)")
    WatchersResponse watchers(@PathVariable String ticket, @AuthenticationPrincipal KeelPrincipal me) {
        return new WatchersResponse(work.watchers(callers.ticketId(ticket), callers.viewer(me)));
    }

    @GetMapping("/watchers/{userId}")
    @Operation(summary = "Whether this user watches the ticket")
    WatchingResponse watching(
            @PathVariable String ticket, @PathVariable long userId, @AuthenticationPrincipal KeelPrincipal me) {
        return new WatchingResponse(
                userId,
                work.watchers(callers.ticketId(ticket), callers.viewer(me)).contains(userId));
    }

    @PutMapping("/watchers/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Watch the ticket (idempotent); only agents may add someone else")
    void watch(@PathVariable String ticket, @PathVariable long userId, @AuthenticationPrincipal KeelPrincipal me) {
        work.watch(callers.ticketId(ticket), callers.viewer(me), userId);
    }

    @DeleteMapping("/watchers/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Stop watching (idempotent); only agents may remove someone else")
    void unwatch(@PathVariable String ticket, @PathVariable long userId, @AuthenticationPrincipal KeelPrincipal me) {
        work.unwatch(callers.ticketId(ticket), callers.viewer(me), userId);
    }

    @GetMapping("/links")
    @Operation(summary = "Links in both directions: kind, the other ticket's id, outgoing or not")
    List<LinkView> links(@PathVariable String ticket, @AuthenticationPrincipal KeelPrincipal me) {
        return work.links(callers.ticketId(ticket), callers.viewer(me));
    }

    @PostMapping("/links")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Link to another ticket (agents, both tickets visible); DUPLICATE_OF merges this ticket into"
                    + " the other. Returns the ticket's links.")
    List<LinkView> link(
            @PathVariable String ticket,
            @Valid @RequestBody LinkRequest request,
            @AuthenticationPrincipal KeelPrincipal me) {
        long id = callers.ticketId(ticket);
        work.link(id, callers.viewer(me), request.toId(), request.kind());
        return work.links(id, callers.viewer(me));
    }
}
