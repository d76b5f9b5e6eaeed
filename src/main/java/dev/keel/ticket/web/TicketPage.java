package dev.keel.ticket.web;

import dev.keel.identity.GroupSummary;
import dev.keel.identity.UserDirectory;
import dev.keel.shared.DomainException;
import dev.keel.ticket.TicketManagement;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.TicketViewer;
import dev.keel.ticket.domain.CannedResponses;
import dev.keel.ticket.domain.LinkKind;
import dev.keel.ticket.domain.TicketAttachments;
import dev.keel.ticket.domain.TicketLifecycle;
import dev.keel.ticket.domain.TicketWork;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Everything the agent ticket page shows, put into the model; forms already in it are kept. */
@Component
class TicketPage {

    /** A link as the page shows it; the other ticket's number only when the agent may see it. */
    public record LinkRow(
            LinkKind kind,
            boolean outgoing,
            long otherId,
            @Nullable String number,
            @Nullable String title) {}

    private final TicketWork work;
    private final TicketManagement tickets;
    private final TicketAttachments attachments;
    private final CannedResponses canned;
    private final UserDirectory directory;
    private final ReferenceData reference;

    TicketPage(
            TicketWork work,
            TicketManagement tickets,
            TicketAttachments attachments,
            CannedResponses canned,
            UserDirectory directory,
            ReferenceData reference) {
        this.work = work;
        this.tickets = tickets;
        this.attachments = attachments;
        this.canned = canned;
        this.directory = directory;
        this.reference = reference;
    }

    /** The ticket, if the viewer works it; anything else is "not found". */
    TicketView workable(long ticketId, TicketViewer viewer) {
        TicketView ticket = work.view(ticketId, viewer);
        if (!viewer.works(ticket)) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "ticket-not-found", "ticket.error.notFound");
        }
        return ticket;
    }

    String fill(Model model, long ticketId, TicketViewer viewer, Locale locale) {
        TicketView ticket = workable(ticketId, viewer);
        model.addAttribute("ticket", ticket);
        model.addAttribute("me", viewer.userId());
        model.addAttribute("entries", work.conversation(ticketId, viewer));
        model.addAttribute("history", work.history(ticketId, viewer));
        List<Long> watchers = work.watchers(ticketId, viewer);
        model.addAttribute("watchers", watchers);
        model.addAttribute("watching", watchers.contains(viewer.userId()));
        model.addAttribute("links", links(ticketId, viewer));
        model.addAttribute("attachments", attachments.list(ticketId, viewer));
        model.addAttribute(
                "actions",
                TicketLifecycle.actionsFrom(ticket.status()).stream()
                        .map(Enum::name)
                        .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("cannedResponses", canned.all());
        model.addAttribute("names", reference.names(locale));
        model.addAttribute("escalationGroups", escalationGroups(ticket));
        model.addAttribute("members", members(ticket.groupId()));
        reference.addTo(model, locale);
        TicketForms.defaults(ticket, (name, form) -> {
            if (!model.containsAttribute(name)) {
                model.addAttribute(name, form);
            }
        });
        return "ticket/workspace/ticket";
    }

    /** The members of a group, for the assignee picker. */
    List<Long> members(@Nullable Long groupId) {
        if (groupId == null) {
            return List.of();
        }
        return directory
                .findGroup(groupId)
                .map(g -> g.memberIds().stream().sorted().toList())
                .orElse(List.of());
    }

    private List<GroupSummary> escalationGroups(TicketView ticket) {
        var current = ticket.groupId() == null
                ? null
                : directory.findGroup(ticket.groupId()).orElse(null);
        return directory.groups().stream()
                .filter(g ->
                        current == null || g.tier().ordinal() > current.tier().ordinal())
                .toList();
    }

    private List<LinkRow> links(long ticketId, TicketViewer viewer) {
        return work.links(ticketId, viewer).stream()
                .map(l -> {
                    var other = tickets.find(l.otherTicketId()).filter(viewer::sees);
                    return new LinkRow(
                            l.kind(),
                            l.outgoing(),
                            l.otherTicketId(),
                            other.map(TicketView::number).orElse(null),
                            other.map(TicketView::title).orElse(null));
                })
                .toList();
    }
}
