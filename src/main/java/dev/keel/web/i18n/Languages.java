package dev.keel.web.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The languages Keel speaks: Simplified Chinese and English. */
public final class Languages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    private Languages() {}

    /** Maps a language tag such as {@code zh-CN}, {@code zh}, {@code en-GB} to a supported locale. */
    public static Optional<Locale> parse(@Nullable String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return Optional.empty();
        }
        return Optional.of(Locale.forLanguageTag(tag.trim().replace('_', '-'))).flatMap(Languages::supported);
    }

    public static Optional<Locale> supported(Locale locale) {
        return switch (locale.getLanguage()) {
            case "zh" -> Optional.of(CHINESE);
            case "en" -> Optional.of(ENGLISH);
            default -> Optional.empty();
        };
    }
}
