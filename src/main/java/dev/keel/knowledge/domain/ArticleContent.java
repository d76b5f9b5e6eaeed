package dev.keel.knowledge.domain;

import dev.keel.shared.DomainException;
import org.jspecify.annotations.Nullable;

/** The versioned part of an article: title, summary and Markdown body, validated and trimmed. */
public record ArticleContent(String title, String summary, String body) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 1000;
    public static final int MAX_BODY = 100_000;

    public static ArticleContent of(@Nullable String title, @Nullable String summary, @Nullable String body) {
        String t = title == null ? "" : title.strip();
        String s = summary == null ? "" : summary.strip();
        String b = body == null ? "" : body.strip();
        if (t.isEmpty()) {
            throw DomainException.invalid("title", "knowledge.validation.title");
        }
        if (t.length() > MAX_TITLE) {
            throw DomainException.invalid("title", "knowledge.validation.tooLong", MAX_TITLE);
        }
        if (s.length() > MAX_SUMMARY) {
            throw DomainException.invalid("summary", "knowledge.validation.tooLong", MAX_SUMMARY);
        }
        if (b.isEmpty()) {
            throw DomainException.invalid("body", "knowledge.validation.body");
        }
        if (b.length() > MAX_BODY) {
            throw DomainException.invalid("body", "knowledge.validation.tooLong", MAX_BODY);
        }
        return new ArticleContent(t, s, b);
    }
}
