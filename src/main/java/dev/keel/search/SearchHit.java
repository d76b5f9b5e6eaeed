package dev.keel.search;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One thing found.
 *
 * @param kind the contributor's kind ({@code ticket}, {@code article}, …)
 * @param id the thing's id within its kind
 * @param reference a short human reference shown before the title (a ticket number), or null
 * @param title the title, plain text (the page escapes it)
 * @param snippetHtml an extract with the matched words in {@code <mark>}; everything else already
 *     HTML-escaped, so the page inserts it unescaped. Never contains other markup. May be empty.
 * @param url the absolute path that opens the thing for this searcher (workspace or portal)
 * @param score relevance; comparable across contributors only roughly (used to interleave kinds)
 * @param timestamp when it last changed (shown, and used for recency)
 * @param badges small labels (status, priority, visibility)
 */
public record SearchHit(
        String kind,
        long id,
        @Nullable String reference,
        String title,
        String snippetHtml,
        String url,
        float score,
        Instant timestamp,
        List<Badge> badges) {

    public SearchHit {
        badges = List.copyOf(badges);
    }

    /**
     * A small label: a message key ({@code ticket.status.CLOSED}) shown in Bootstrap's {@code tone}
     * ({@code secondary}, {@code success}, {@code warning}, {@code danger}, {@code info}).
     */
    public record Badge(String messageKey, String tone) {}
}
