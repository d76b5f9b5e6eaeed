package dev.keel.knowledge.domain;

import dev.keel.shared.DomainException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The unversioned part of an article: visibility, language ({@code zh-CN} or {@code en}), category, tags. */
public record ArticleSettings(
        ArticleVisibility visibility,
        String language,
        @Nullable Long categoryId,
        List<String> tags) {

    public static final List<String> LANGUAGES = List.of("zh-CN", "en");
    static final int MAX_TAGS_LENGTH = 500;

    public ArticleSettings {
        tags = List.copyOf(tags);
    }

    public static ArticleSettings of(
            @Nullable String visibility, @Nullable String language, @Nullable Long categoryId, @Nullable String tags) {
        ArticleVisibility v;
        try {
            v = ArticleVisibility.valueOf(
                    visibility == null || visibility.isBlank()
                            ? "INTERNAL"
                            : visibility.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("visibility", "knowledge.validation.visibility");
        }
        String lang = language == null || language.isBlank() ? "zh-CN" : language.strip();
        if (!LANGUAGES.contains(lang)) {
            throw DomainException.invalid("language", "knowledge.validation.language");
        }
        List<String> tagList = splitTags(tags);
        if (String.join(",", tagList).length() > MAX_TAGS_LENGTH) {
            throw DomainException.invalid("tags", "knowledge.validation.tooLong", MAX_TAGS_LENGTH);
        }
        return new ArticleSettings(v, lang, categoryId, tagList);
    }

    /** Splits on ASCII and full-width commas, trims, drops empty and repeated tags. */
    static List<String> splitTags(@Nullable String tags) {
        if (tags == null || tags.isBlank()) {
            return List.of();
        }
        return Arrays.stream(tags.split("[,，、]"))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    }
}
