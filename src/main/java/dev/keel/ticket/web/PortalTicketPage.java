package dev.keel.ticket.web;

import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import dev.keel.ticket.AttachmentView;
import dev.keel.ticket.EntryView;
import dev.keel.ticket.TicketStatus;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.TicketViewer;
import dev.keel.ticket.domain.Categories;
import dev.keel.ticket.domain.HistoryView;
import dev.keel.ticket.domain.TicketAttachments;
import dev.keel.ticket.domain.TicketProperties;
import dev.keel.ticket.domain.TicketWork;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts together what the portal's ticket page shows, and decides which requester actions it offers. */
@Component
class PortalTicketPage {

    private final TicketWork work;
    private final TicketAttachments attachments;
    private final Categories categories;
    private final UserDirectory directory;
    private final TicketProperties properties;
    private final Clock clock;

    PortalTicketPage(
            TicketWork work,
            TicketAttachments attachments,
            Categories categories,
            UserDirectory directory,
            TicketProperties properties,
            Clock clock) {
        this.work = work;
        this.attachments = attachments;
        this.categories = categories;
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
    }

    String render(long id, TicketViewer viewer, Model model) {
        TicketView ticket = conversationModel(id, viewer, model);
        boolean requester = ticket.requesterId() == viewer.userId();
        List<HistoryView> statuses = work.history(id, viewer).stream()
                .filter(h -> h.field().equals("status"))
                .toList();
        model.addAttribute("statusHistory", statuses);
        model.addAttribute("categoryName", categoryName(ticket.categoryId()));
        model.addAttribute("requesterName", name(ticket.requesterId()));
        model.addAttribute("canDecide", requester && ticket.status() == TicketStatus.RESOLVED);
        model.addAttribute("canRate", requester && ticket.status() == TicketStatus.CLOSED && ticket.rating() == null);
        model.addAttribute("canReopen", requester && reopenable(ticket));
        defaults(model);
        return "ticket/portal/ticket";
    }

    String conversation(long id, TicketViewer viewer, Model model) {
        conversationModel(id, viewer, model);
        defaults(model);
        return "ticket/portal/fragments/conversation :: panel";
    }

    private TicketView conversationModel(long id, TicketViewer viewer, Model model) {
        TicketView ticket = work.view(id, viewer);
        List<EntryView> entries = work.conversation(id, viewer);
        var files = attachments.list(id, viewer);
        Map<Long, String> names = new HashMap<>();
        entries.stream()
                .map(EntryView::authorId)
                .filter(a -> a != null)
                .forEach(a -> names.computeIfAbsent(a, this::name));
        model.addAttribute("ticket", ticket);
        model.addAttribute("conversation", entries);
        model.addAttribute("attachments", files);
        model.addAttribute(
                "entryFiles",
                files.stream()
                        .filter(a -> a.entryId() != null)
                        .collect(Collectors.groupingBy(AttachmentView::entryId)));
        model.addAttribute("names", names);
        model.addAttribute("canReply", ticket.status().open() || ticket.status() == TicketStatus.RESOLVED);
        return ticket;
    }

    private boolean reopenable(TicketView ticket) {
        return ticket.status() == TicketStatus.CLOSED
                && ticket.mergedIntoId() == null
                && ticket.closedAt() != null
                && ticket.closedAt().plus(properties.reopenWindow()).isAfter(clock.instant());
    }

    private static void defaults(Model model) {
        if (!model.containsAttribute("reply")) {
            model.addAttribute("reply", new PortalTicketController.ReplyForm(null));
        }
        if (!model.containsAttribute("rejection")) {
            model.addAttribute("rejection", new PortalTicketController.RejectForm(null));
        }
        if (!model.containsAttribute("rating")) {
            model.addAttribute("rating", new PortalTicketController.RateForm(null, null));
        }
        if (!model.containsAttribute("reopening")) {
            model.addAttribute("reopening", new PortalTicketController.ReopenForm(null));
        }
    }

    private @Nullable String categoryName(@Nullable Long categoryId) {
        if (categoryId == null) {
            return null;
        }
        return categories.find(categoryId).name(LocaleContextHolder.getLocale());
    }

    private String name(long userId) {
        return directory.findUser(userId).map(UserSummary::displayName).orElse("#" + userId);
    }
}
