package dev.keel.knowledge.domain;

import dev.keel.ticket.TicketAccess;
import dev.keel.ticket.TicketView;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links between articles and tickets, shown in both directions. A link needs an article the user may
 * read and a ticket they may see (checked through the ticket module's {@link TicketAccess}).
 */
@Service
@Transactional
public class ArticleLinks {

    private final JdbcTemplate jdbc;
    private final Articles articles;
    private final TicketAccess tickets;
    private final Clock clock;

    ArticleLinks(JdbcTemplate jdbc, Articles articles, TicketAccess tickets, Clock clock) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.tickets = tickets;
        this.clock = clock;
    }

    /** A linked article as the ticket panel shows it. */
    public record LinkedArticle(long id, String title, String status) {}

    /** Links the article to a ticket; linking twice is harmless. */
    public void link(long articleId, long ticketId, Reader reader) {
        if (!reader.agent()) {
            throw KnowledgeErrors.notAllowed();
        }
        articles.find(articleId, reader);
        tickets.findVisible(ticketId, reader.userId()).orElseThrow(KnowledgeErrors::notFound);
        Integer exists = jdbc.queryForObject(
                "SELECT COUNT(*) FROM knowledge_article_ticket WHERE article_id = ? AND ticket_id = ?",
                Integer.class,
                articleId,
                ticketId);
        if (exists != null && exists == 0) {
            jdbc.update(
                    "INSERT INTO knowledge_article_ticket (article_id, ticket_id, linked_by, linked_at) VALUES (?, ?, ?, ?)",
                    articleId,
                    ticketId,
                    reader.userId(),
                    Timestamp.from(clock.instant()));
        }
    }

    public void unlink(long articleId, long ticketId, Reader reader) {
        if (!reader.agent()) {
            throw KnowledgeErrors.notAllowed();
        }
        tickets.findVisible(ticketId, reader.userId()).orElseThrow(KnowledgeErrors::notFound);
        jdbc.update("DELETE FROM knowledge_article_ticket WHERE article_id = ? AND ticket_id = ?", articleId, ticketId);
    }

    /** Refuses (not found) unless the reader is an agent who may see the ticket. */
    @Transactional(readOnly = true)
    public void checkTicket(long ticketId, Reader reader) {
        if (!reader.agent()) {
            throw KnowledgeErrors.notFound();
        }
        tickets.findVisible(ticketId, reader.userId()).orElseThrow(KnowledgeErrors::notFound);
    }

    /** The tickets linked to an article that this reader may see. */
    @Transactional(readOnly = true)
    public List<TicketView> ticketsOf(long articleId, Reader reader) {
        List<Long> ids = jdbc.queryForList(
                "SELECT ticket_id FROM knowledge_article_ticket WHERE article_id = ? ORDER BY linked_at DESC",
                Long.class,
                articleId);
        return ids.stream()
                .limit(100)
                .flatMap(id -> tickets.findVisible(id, reader.userId()).stream())
                .toList();
    }

    /** The articles linked to a ticket (agents' panel). */
    @Transactional(readOnly = true)
    public List<LinkedArticle> articlesOf(long ticketId) {
        return jdbc.query("""
                SELECT a.id, a.title, a.status FROM knowledge_article_ticket l
                JOIN knowledge_article a ON a.id = l.article_id
                WHERE l.ticket_id = ? ORDER BY l.linked_at DESC
                """, (rs, i) -> new LinkedArticle(rs.getLong(1), rs.getString(2), rs.getString(3)), ticketId);
    }
}
