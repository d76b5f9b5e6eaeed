package dev.keel.knowledge.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Articles matching free text (a ticket's title and description, or what a requester is typing),
 * best first. Text is cut into terms — English words (a plural "s" dropped) and, for Chinese, every
 * pair of neighbouring characters, so 无法连接数据库 matches 服务器无法连接数据库 — and articles are
 * ranked by how many terms their title (counted three times), summary and body contain.
 */
@Service
@Transactional(readOnly = true)
public class ArticleSuggestions {

    static final int MAX_TERMS = 16;
    static final int CANDIDATES = 200;

    private final JdbcTemplate jdbc;

    ArticleSuggestions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A suggested article: id, title and summary. */
    public record Suggestion(long id, String title, String summary) {}

    /** Up to {@code limit} readable articles for this reader matching {@code text}; empty for no terms. */
    public List<Suggestion> suggest(String text, Reader reader, int limit) {
        List<String> terms = terms(text);
        if (terms.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("""
                SELECT id, title, summary, body FROM knowledge_article
                WHERE published_version IS NOT NULL AND status <> 'ARCHIVED'
                """);
        List<Object> args = new ArrayList<>();
        if (!reader.agent()) {
            sql.append(" AND visibility = 'PUBLIC'");
        }
        sql.append(" AND (");
        for (int i = 0; i < terms.size(); i++) {
            if (i > 0) {
                sql.append(" OR ");
            }
            sql.append("LOWER(title) LIKE ? OR LOWER(summary) LIKE ? OR LOWER(body) LIKE ?");
            String like = "%" + escape(terms.get(i)) + "%";
            args.add(like);
            args.add(like);
            args.add(like);
        }
        sql.append(") ORDER BY id DESC");
        record Scored(Suggestion suggestion, int score) {}
        List<Scored> scored = jdbc.query(
                sql.toString().replace("LIKE ?", "LIKE ? ESCAPE '!'"),
                ps -> {
                    ps.setMaxRows(CANDIDATES);
                    for (int i = 0; i < args.size(); i++) {
                        ps.setObject(i + 1, args.get(i));
                    }
                },
                (rs, i) -> {
                    var s = new Suggestion(rs.getLong(1), rs.getString(2), rs.getString(3));
                    return new Scored(s, score(terms, s.title(), s.summary(), rs.getString(4)));
                });
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::score).reversed())
                .limit(limit)
                .map(Scored::suggestion)
                .toList();
    }

    static int score(List<String> terms, String title, String summary, String body) {
        String t = title.toLowerCase(Locale.ROOT);
        String s = summary.toLowerCase(Locale.ROOT);
        String b = body.toLowerCase(Locale.ROOT);
        int score = 0;
        for (String term : terms) {
            score += (t.contains(term) ? 3 : 0) + (s.contains(term) ? 1 : 0) + (b.contains(term) ? 1 : 0);
        }
        return score;
    }

    /** English words of two letters or more (without a plural s) and Chinese character pairs. */
    static List<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        StringBuilder latin = new StringBuilder();
        StringBuilder han = new StringBuilder();
        String input = text.length() > 2000 ? text.substring(0, 2000) : text;
        input.codePoints().forEach(c -> {
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                flushLatin(latin, terms);
                han.appendCodePoint(c);
            } else if (Character.isLetterOrDigit(c)) {
                flushHan(han, terms);
                latin.appendCodePoint(Character.toLowerCase(c));
            } else {
                flushLatin(latin, terms);
                flushHan(han, terms);
            }
        });
        flushLatin(latin, terms);
        flushHan(han, terms);
        return terms.stream().limit(MAX_TERMS).toList();
    }

    private static void flushLatin(StringBuilder latin, Set<String> terms) {
        String word = latin.toString();
        latin.setLength(0);
        if (word.length() < 2) {
            return;
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            word = word.substring(0, word.length() - 1);
        }
        terms.add(word);
    }

    private static void flushHan(StringBuilder han, Set<String> terms) {
        String run = han.toString();
        han.setLength(0);
        if (run.length() == 1) {
            terms.add(run);
        }
        for (int i = 0; i + 2 <= run.length(); i++) {
            terms.add(run.substring(i, i + 2));
        }
    }

    private static String escape(String term) {
        return term.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
