package dev.keel.ticket;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A node of the category tree as read by the edges: both names and form hints, the group and type it
 * suggests, and its depth in the tree (0 for a top-level category).
 */
public record CategoryView(
        long id,
        @Nullable Long parentId,
        String code,
        String nameEn,
        String nameZh,
        @Nullable Long defaultGroupId,
        @Nullable TicketType defaultType,
        @Nullable String formHintEn,
        @Nullable String formHintZh,
        boolean active,
        int sortOrder,
        int depth,
        long version) {

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    /** The hint shown on the request form in this language; null when there is none. */
    public @Nullable String formHint(Locale locale) {
        String hint = "zh".equals(locale.getLanguage()) ? formHintZh : formHintEn;
        return hint == null || hint.isBlank() ? null : hint;
    }
}
