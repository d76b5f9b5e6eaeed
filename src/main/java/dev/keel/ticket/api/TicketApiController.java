package dev.keel.ticket.api;

import dev.keel.shared.DomainException;
import dev.keel.shared.KeelPrincipal;
import dev.keel.shared.Keyset.Page;
import dev.keel.ticket.Channel;
import dev.keel.ticket.Impact;
import dev.keel.ticket.OpenTicket;
import dev.keel.ticket.TicketType;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.TicketViewer;
import dev.keel.ticket.Urgency;
import dev.keel.ticket.domain.TicketRow;
import dev.keel.ticket.domain.TicketWork;
import dev.keel.ticket.domain.Tickets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tickets")
@Tag(name = "Tickets", description = "Incidents, service requests and other tickets, as the caller may see them")
class TicketApiController {

    private static final Set<Channel> AGENT_CHANNELS =
            EnumSet.of(Channel.PHONE, Channel.WALK_IN, Channel.ON_SITE, Channel.EMAIL, Channel.CHAT, Channel.API);

    private final Tickets tickets;
    private final TicketWork work;
    private final TicketCallers callers;
    private final TicketListQuery listQuery;

    TicketApiController(Tickets tickets, TicketWork work, TicketCallers callers, TicketListQuery listQuery) {
        this.tickets = tickets;
        this.work = work;
        this.callers = callers;
        this.listQuery = listQuery;
    }

    record CreateTicketRequest(
            @Nullable TicketType type,
            @NotBlank String title,
            @NotBlank String description,
            @Nullable Long categoryId,
            @Nullable Impact impact,
            @Nullable Urgency urgency,
            @Nullable Long requesterId,
            @Nullable Channel channel) {}

    record UpdateTicketRequest(
            @Nullable TicketType type,
            @Nullable Long categoryId,
            @Nullable Impact impact,
            @Nullable Urgency urgency,
            @Nullable String title,
            @Nullable String description,
            @NotNull Long version) {}

    @PostMapping
    @Operation(
            summary = "Open a ticket",
            description = "Requesters open tickets for themselves over channel API; agents may name the requester"
                    + " and the channel (PHONE, WALK_IN, ON_SITE, EMAIL, CHAT). With an Idempotency-Key header a"
                    + " retry returns the ticket of the first call: 201 the first time, 200 with the same ticket"
                    + " on every replay. Keys are per user.")
    ResponseEntity<TicketView> create(
            @Valid @RequestBody CreateTicketRequest request,
            @Parameter(description = "Any unique string (at most 200 characters) chosen by the client per ticket")
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    @Nullable
                    String idempotencyKey,
            @AuthenticationPrincipal KeelPrincipal me) {
        TicketViewer viewer = callers.viewer(me);
        OpenTicket command = command(request, viewer);
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey;
        if (key != null && key.length() <= 200) {
            Optional<Long> earlier = tickets.earlierTicket(me.userId(), key);
            if (earlier.isPresent()) {
                return ResponseEntity.ok(work.view(earlier.get(), viewer));
            }
        }
        Tickets.IdempotentOpen result;
        try {
            result = tickets.openIdempotent(command, me.userId(), key);
        } catch (DuplicateKeyException concurrentRetry) {
            // the same key arrived twice at once: the other request won and its ticket is the answer
            long earlier =
                    tickets.earlierTicket(me.userId(), key == null ? "" : key).orElseThrow(() -> concurrentRetry);
            return ResponseEntity.ok(work.view(earlier, viewer));
        }
        if (result.replayed()) {
            return ResponseEntity.ok(work.view(result.ticket().id(), viewer));
        }
        TicketView opened = result.ticket();
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + opened.id()))
                .body(opened);
    }

    @GetMapping
    @Operation(
            summary = "Tickets the caller may see, filtered and sorted, keyset-paginated",
            description = "Every filter is optional and all must hold; `status` may repeat; `assignee=me` means the"
                    + " caller. Pass `nextCursor` of a page as `cursor` to get the next one.")
    Page<TicketRow> list(@ParameterObject TicketListQuery.Params params, @AuthenticationPrincipal KeelPrincipal me) {
        return listQuery.page(params, me.userId(), callers.viewer(me));
    }

    @GetMapping("/{ticket}")
    @Operation(summary = "One ticket, by id or number (INC-…); 404 when it does not exist or is hidden")
    TicketView get(@PathVariable String ticket, @AuthenticationPrincipal KeelPrincipal me) {
        return work.view(callers.ticketId(ticket), callers.viewer(me));
    }

    @PatchMapping("/{ticket}")
    @Operation(
            summary = "Reclassify a ticket (agents)",
            description = "Fields left out keep their value; `version` is required and a stale one gives 409.")
    TicketView update(
            @PathVariable String ticket,
            @Valid @RequestBody UpdateTicketRequest request,
            @AuthenticationPrincipal KeelPrincipal me) {
        TicketViewer viewer = callers.viewer(me);
        long id = callers.ticketId(ticket);
        TicketView current = work.view(id, viewer);
        return work.reclassify(
                id,
                viewer,
                request.type() != null ? request.type() : current.type(),
                request.categoryId() != null ? request.categoryId() : current.categoryId(),
                request.impact() != null ? request.impact() : current.impact(),
                request.urgency() != null ? request.urgency() : current.urgency(),
                request.title() != null ? request.title() : current.title(),
                request.description() != null ? request.description() : current.description(),
                request.version());
    }

    private static OpenTicket command(CreateTicketRequest request, TicketViewer viewer) {
        boolean agent = viewer.agent() || viewer.admin();
        Long requester = request.requesterId();
        if (requester != null && requester != viewer.userId() && !agent) {
            throw DomainException.invalid("requesterId", "ticket.api.validation.requesterForOthers");
        }
        Channel channel = request.channel() == null ? Channel.API : request.channel();
        if (channel != Channel.API && !(agent && AGENT_CHANNELS.contains(channel))) {
            throw DomainException.invalid("channel", "ticket.validation.channel");
        }
        return new OpenTicket(
                request.type(),
                request.title(),
                request.description(),
                channel,
                request.categoryId(),
                request.impact(),
                request.urgency(),
                requester == null ? viewer.userId() : requester);
    }
}
