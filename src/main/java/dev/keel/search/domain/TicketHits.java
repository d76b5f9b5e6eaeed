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
        List<SearchHit.Badge> badges = new ArrayList<>();
        badges.add(new SearchHit.Badge("ticket.status." + status.name(), status.open() ? "primary" : "secondary"));
        badges.add(new SearchHit.Badge(
                "portal.priority." + priority.name(), priority == Priority.P1 ? "danger" : "light text-dark"));
        String snippet = marked(row, 9, 10, 11, 12);
        if (snippet == null && internal) {
            snippet = marked(row, 13, 14);
            if (snippet != null) {
                badges.add(new SearchHit.Badge("search.hit.internal", "warning text-dark"));
            }
        }
        if (snippet == null) {
            String extract = row.get(9) instanceof String s ? s : "";
            String titleHtml = marked(row, 7, 8);
            snippet = titleHtml == null ? extract : extract.isBlank() ? titleHtml : titleHtml + " · " + extract;
        }
        String url = searcher.agent() || searcher.admin() ? "/workspace/tickets/" + id : "/portal/tickets/" + id;
        return new SearchHit(
                "ticket",
                id,
                (String) row.get(1),
                title,
                snippet,
                url,
                (Float) row.get(6),
                (Instant) row.get(5),
                badges);
    }

    /** The first highlight with a match among the given projection positions, or null. */
    private static @Nullable String marked(List<?> row, int... positions) {
        for (int p : positions) {
            if (row.get(p) instanceof String s && s.contains("<mark>")) {
                return s;
            }
        }
        return null;
    }
}
