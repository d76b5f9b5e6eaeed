package dev.keel.search.domain;

import dev.keel.search.SearchHit;
import dev.keel.search.Searcher;
import dev.keel.ticket.Priority;
import dev.keel.ticket.TicketStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Turns a projected ticket row (see {@link TicketSearch}) into a hit for the searcher. */
final class TicketHits {

    private TicketHits() {}

    static SearchHit hit(List<?> row, Searcher searcher, boolean internal) {
        long id = (Long) row.get(0);
        String title = (String) row.get(2);
        TicketStatus status = (TicketStatus) row.get(3);
        Priority priority = (Priority) row.get(4);
        String snippet = first(row, 9, 10, 11, 12);
        List<SearchHit.Badge> badges = new ArrayList<>();
        badges.add(new SearchHit.Badge("ticket.status." + status.name(), status.open() ? "primary" : "secondary"));
        badges.add(new SearchHit.Badge(
                "portal.priority." + priority.name(), priority == Priority.P1 ? "danger" : "light text-dark"));
        if (internal && snippet == null) {
            snippet = first(row, 13, 14);
            if (snippet != null) {
                badges.add(new SearchHit.Badge("search.hit.internal", "warning text-dark"));
            }
        }
        String titleHtml = first(row, 7, 8);
        String url = searcher.agent() || searcher.admin() ? "/workspace/tickets/" + id : "/portal/tickets/" + id;
        return new SearchHit(
                "ticket",
                id,
                (String) row.get(1),
                title,
                snippet == null ? (titleHtml == null ? "" : titleHtml) : snippet,
                url,
                (Float) row.get(6),
                (Instant) row.get(5),
                badges);
    }

    /** The first highlight with a match among the given positions, else the first non-empty one, or null. */
    private static @Nullable String first(List<?> row, int... positions) {
        for (int p : positions) {
            if (row.get(p) instanceof String s && s.contains("<mark>")) {
                return s;
            }
        }
        for (int p : positions) {
            Object value = row.get(p);
            if (value instanceof String s && !s.isBlank()) {
                return s;
            }
        }
        return null;
    }
}
