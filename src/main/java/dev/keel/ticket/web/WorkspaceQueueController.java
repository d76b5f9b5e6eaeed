package dev.keel.ticket.web;

import dev.keel.identity.UserDirectory;
import dev.keel.shared.DomainException;
import dev.keel.shared.Keyset.Page;
import dev.keel.shared.Keyset.PageRequest;
import dev.keel.ticket.TicketFilter;
import dev.keel.ticket.TicketFilter.Sort;
import dev.keel.ticket.TicketViewer;
import dev.keel.ticket.domain.SavedViews;
import dev.keel.ticket.domain.SavedViews.SavedView;
import dev.keel.ticket.domain.TicketQueries;
import dev.keel.ticket.domain.TicketRow;
import dev.keel.web.FormErrors;
import dev.keel.web.TimeFormat;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The agent workspace: the built-in queues (mine, my groups', unassigned, all open), custom filters and
 * the agent's saved views, sorted and keyset-paginated.
 */
@Controller
class WorkspaceQueueController {

    /** The built-in queues, plus CUSTOM for the filter form. */
    enum Queue {
        MINE,
        GROUPS,
        UNASSIGNED,
        OPEN,
        CUSTOM,
        /** Open tickets whose SLA due time falls within {@code keel.sla.breaching-soon}. */
        BREACHING_SOON,
        /** Open tickets past their SLA due time. */
        BREACHED
    }

    /**
     * The sidebar counts at most this many tickets per queue, with a bounded read; a queue that reaches
     * it shows "99+".
     */
    static final int COUNT_BOUND = 100;

    private final TicketQueries queries;
    private final SavedViews views;
    private final SignedInAgent agents;
    private final ReferenceData reference;
    private final UserDirectory directory;
    private final TimeFormat time;
    private final int pageSize;
    private final java.time.Clock clock;
    private final java.time.Duration breachingSoon;

    WorkspaceQueueController(
            TicketQueries queries,
            SavedViews views,
            SignedInAgent agents,
            ReferenceData reference,
            UserDirectory directory,
            TimeFormat time,
            @Value("${keel.workspace.page-size:25}") int pageSize,
            java.time.Clock clock,
            @Value("${keel.sla.breaching-soon:PT2H}") java.time.Duration breachingSoon) {
        this.queries = queries;
        this.views = views;
        this.agents = agents;
        this.reference = reference;
        this.directory = directory;
        this.time = time;
        this.pageSize = pageSize;
        this.clock = clock;
        this.breachingSoon = breachingSoon;
    }

    @GetMapping("/workspace")
    String queue(
            @RequestParam(defaultValue = "MINE") Queue queue,
            @RequestParam(required = false) @Nullable Long view,
            @RequestParam(defaultValue = "NEWEST") Sort sort,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit,
            @ModelAttribute("filter") QueueFilterForm filter,
            BindingResult result,
            Authentication authentication,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        TicketViewer viewer = agents.viewer(authentication);
        Names names = reference.names(locale);
        TicketFilter ticketFilter = null;
        if (view != null) {
            SavedView saved = views.find(view, viewer.userId());
            model.addAttribute("currentView", saved);
            model.addAttribute("filter", QueueFilterForm.of(saved.filter(), names, time.zone()));
            ticketFilter = saved.filter();
        } else if (queue == Queue.CUSTOM && !result.hasErrors()) {
            try {
                ticketFilter = filter.toFilter(directory, time.zone());
            } catch (DomainException e) {
                FormErrors.apply(e, result);
            }
        } else if (queue != Queue.CUSTOM) {
            ticketFilter = builtIn(queue, viewer);
        }
        java.time.Instant dueBefore = view != null ? null : dueBefore(queue);
        Page<TicketRow> page = ticketFilter == null
                ? new Page<>(List.of(), null)
                : queries.page(
                        ticketFilter,
                        viewer,
                        sort,
                        PageRequest.of(cursor, limit == null ? pageSize : limit),
                        dueBefore);
        if (result.hasErrors()) {
            response.setStatus(422);
        }
        model.addAttribute("queue", view == null ? queue : null);
        model.addAttribute("sort", sort);
        model.addAttribute("sorts", Sort.values());
        model.addAttribute("page", page);
        model.addAttribute("nextUrl", page.hasNext() ? nextUrl(request, page.nextCursor()) : null);
        model.addAttribute("currentUrl", currentUrl(request));
        return render(model, viewer, names, locale);
    }

    @PostMapping("/workspace/views")
    String saveView(
            @ModelAttribute("filter") QueueFilterForm filter,
            BindingResult result,
            @RequestParam(required = false) @Nullable String name,
            Authentication authentication,
            Locale locale,
            HttpServletResponse response,
            Model model) {
        TicketViewer viewer = agents.viewer(authentication);
        if (!result.hasErrors()) {
            try {
                SavedView saved = views.save(viewer.userId(), name, filter.toFilter(directory, time.zone()));
                return "redirect:/workspace?view=" + saved.id();
            } catch (DomainException e) {
                FormErrors.apply(e, result);
            }
        }
        response.setStatus(422);
        model.addAttribute("queue", Queue.CUSTOM);
        model.addAttribute("sort", Sort.NEWEST);
        model.addAttribute("sorts", Sort.values());
        model.addAttribute("page", new Page<TicketRow>(List.of(), null));
        model.addAttribute("viewName", name);
        model.addAttribute("currentUrl", "/workspace?queue=CUSTOM");
        return render(model, viewer, reference.names(locale), locale);
    }

    @PostMapping("/workspace/views/{id}/delete")
    String deleteView(@PathVariable long id, Authentication authentication) {
        views.delete(id, agents.userId(authentication));
        return "redirect:/workspace";
    }

    private String render(Model model, TicketViewer viewer, Names names, Locale locale) {
        model.addAttribute("views", views.of(viewer.userId()));
        model.addAttribute("names", names);
        reference.addTo(model, locale);
        reference.addOrganisations(model);
        model.addAttribute("queues", Queue.values());
        model.addAttribute("queueCounts", counts(viewer));
        model.addAttribute("bulkActions", WorkspaceBulkController.BulkAction.values());
        model.addAttribute("now", clock.instant());
        return "ticket/workspace/queue";
    }

    /**
     * Each built-in queue's size for the sidebar, keyed by queue name: the number of tickets, or "99+"
     * when the bounded read reached {@link #COUNT_BOUND} rows.
     */
    private java.util.Map<String, String> counts(TicketViewer viewer) {
        java.util.Map<String, String> counts = new java.util.LinkedHashMap<>();
        for (Queue queue : Queue.values()) {
            if (queue == Queue.CUSTOM) {
                continue;
            }
            TicketFilter filter = builtIn(queue, viewer);
            int count = filter == null ? 0 : queries.countUpTo(filter, viewer, dueBefore(queue), COUNT_BOUND);
            counts.put(queue.name(), count >= COUNT_BOUND ? (COUNT_BOUND - 1) + "+" : Integer.toString(count));
        }
        return counts;
    }

    private static @Nullable TicketFilter builtIn(Queue queue, TicketViewer viewer) {
        TicketFilter open = TicketFilter.open();
        return switch (queue) {
            case MINE -> open.withAssignee(viewer.userId());
            case GROUPS -> viewer.groupIds().isEmpty() ? null : open.withGroups(viewer.groupIds());
            case UNASSIGNED ->
                viewer.groupIds().isEmpty()
                        ? null
                        : open.withGroups(viewer.groupIds()).onlyUnassigned();
            case OPEN, BREACHING_SOON, BREACHED -> open;
            case CUSTOM -> null;
        };
    }

    private java.time.@Nullable Instant dueBefore(Queue queue) {
        return switch (queue) {
            case BREACHING_SOON -> clock.instant().plus(breachingSoon);
            case BREACHED -> clock.instant();
            default -> null;
        };
    }

    private static String currentUrl(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    private static String nextUrl(HttpServletRequest request, @Nullable String cursor) {
        return UriComponentsBuilder.fromUriString(currentUrl(request))
                .replaceQueryParam("cursor", cursor)
                .build()
                .toUriString();
    }
}
