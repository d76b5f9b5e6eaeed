package dev.keel.knowledge.domain;

import dev.keel.knowledge.ArticleDeflected;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Views, "was this helpful" votes and deflections. Counters live in their own row per article and
 * are bumped with {@code n = n + 1}, so reading an article never writes the (versioned) article row
 * and concurrent readers never conflict. One vote per user and article; a changed vote moves the count.
 */
@Service
@Transactional
public class ArticleFeedback implements KnowledgeReports {

    static final int MAX_QUERY_TEXT = 500;

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleFeedback(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The figures shown on an article page. */
    public record Counts(long views, long helpful, long unhelpful, long deflections) {}

    void createCounter(long articleId) {
        jdbc.update("INSERT INTO knowledge_article_counter (article_id) VALUES (?)", articleId);
    }

    public void viewed(long articleId) {
        jdbc.update("UPDATE knowledge_article_counter SET views = views + 1 WHERE article_id = ?", articleId);
    }

    @Transactional(readOnly = true)
    public Counts counts(long articleId) {
        List<Counts> rows = jdbc.query(
                "SELECT views, helpful, unhelpful, deflections FROM knowledge_article_counter WHERE article_id = ?",
                (rs, i) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)),
                articleId);
        return rows.isEmpty() ? new Counts(0, 0, 0, 0) : rows.get(0);
    }

    /** The user's current vote on the article, if any. */
    @Transactional(readOnly = true)
    public Optional<Boolean> voteOf(long articleId, long userId) {
        return jdbc
                .query(
                        "SELECT helpful FROM knowledge_vote WHERE article_id = ? AND user_id = ?",
                        (rs, i) -> rs.getBoolean(1),
                        articleId,
                        userId)
                .stream()
                .findFirst();
    }

    /** Records or changes the user's vote on an article they may read (the caller checked that). */
    public void vote(long articleId, long userId, boolean helpful) {
        Optional<Boolean> previous = voteOf(articleId, userId);
        if (previous.isPresent() && previous.get() == helpful) {
            return;
        }
        Timestamp at = Timestamp.from(clock.instant());
        if (previous.isPresent()) {
            jdbc.update(
                    "UPDATE knowledge_vote SET helpful = ?, voted_at = ? WHERE article_id = ? AND user_id = ?",
                    helpful,
                    at,
                    articleId,
                    userId);
            jdbc.update(
                    helpful
                            ? "UPDATE knowledge_article_counter SET helpful = helpful + 1, unhelpful = unhelpful - 1 WHERE article_id = ?"
                            : "UPDATE knowledge_article_counter SET helpful = helpful - 1, unhelpful = unhelpful + 1 WHERE article_id = ?",
                    articleId);
        } else {
            jdbc.update(
                    "INSERT INTO knowledge_vote (article_id, user_id, helpful, voted_at) VALUES (?, ?, ?, ?)",
                    articleId,
                    userId,
                    helpful,
                    at);
            jdbc.update(
                    helpful
                            ? "UPDATE knowledge_article_counter SET helpful = helpful + 1 WHERE article_id = ?"
                            : "UPDATE knowledge_article_counter SET unhelpful = unhelpful + 1 WHERE article_id = ?",
                    articleId);
        }
    }

    /** "This solved my problem": records who, which article and what they had typed; no ticket is opened. */
    public long deflect(long articleId, long userId, String typedText) {
        String text = typedText.strip();
        if (text.length() > MAX_QUERY_TEXT) {
            text = text.substring(0, MAX_QUERY_TEXT);
        }
        var keys = new GeneratedKeyHolder();
        String query = text;
        jdbc.update(
                con -> {
                    var ps = con.prepareStatement(
                            "INSERT INTO knowledge_deflection (article_id, user_id, query_text, created_at) VALUES (?, ?, ?, ?)",
                            new String[] {"id"});
                    ps.setLong(1, articleId);
                    ps.setLong(2, userId);
                    ps.setString(3, query);
                    ps.setTimestamp(4, Timestamp.from(clock.instant()));
                    return ps;
                },
                keys);
        long id = keys.getKeyAs(Number.class).longValue();
        jdbc.update(
                "UPDATE knowledge_article_counter SET deflections = deflections + 1 WHERE article_id = ?", articleId);
        events.publishEvent(new ArticleDeflected(id, articleId, userId));
        return id;
    }

    /** One recorded deflection, for the managers' list. */
    public record Deflection(long id, long articleId, String articleTitle, long userId, String queryText, Instant at) {}

    /** The newest deflections (at most {@code limit}), for knowledge managers. */
    @Transactional(readOnly = true)
    public List<Deflection> recentDeflections(int limit) {
        return jdbc.query(
                """
                SELECT d.id, d.article_id, a.title, d.user_id, d.query_text, d.created_at
                FROM knowledge_deflection d JOIN knowledge_article a ON a.id = d.article_id
                ORDER BY d.id DESC
                """,
                ps -> ps.setMaxRows(limit),
                (rs, i) -> new Deflection(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()));
    }

    @Override
    @Transactional(readOnly = true)
    public long deflections(Instant from, Instant to) {
        Long n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM knowledge_deflection WHERE created_at >= ? AND created_at < ?",
                Long.class,
                Timestamp.from(from),
                Timestamp.from(to));
        return n == null ? 0 : n;
    }
}
