package dev.keel.knowledge.domain;

import java.util.regex.Pattern;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Markdown as people read it where no HTML is rendered: the "insert text" of the ticket panel (a plain
 * reply box) and search extracts (fragments of the source with {@code <mark>} around matches).
 */
public final class MarkdownText {

    private static final Parser PARSER = Parser.builder()
            .extensions(java.util.List.of(TablesExtension.create(), AutolinkExtension.create()))
            .build();
    private static final TextContentRenderer TEXT =
            TextContentRenderer.builder().build();

    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])|`+");
    private static final Pattern LINE_MARKERS = Pattern.compile("(?m)^\\s{0,3}(#{1,6}\\s+|>\\s?|[-*+]\\s+(?=\\S))");

    private MarkdownText() {}

    /** A whole Markdown document as plain text: paragraphs and list items on their own lines. */
    public static String plain(String markdown) {
        return TEXT.render(PARSER.parse(markdown)).strip();
    }

    /**
     * A fragment of Markdown (perhaps cut in the middle of a construct) without its markers: links keep
     * their text, emphasis, code ticks, heading, quote and list markers go. Tags such as {@code <mark>}
     * and HTML entities already in the fragment are left as they are.
     */
    public static String stripFragment(String fragment) {
        String text = LINK.matcher(fragment).replaceAll("$1");
        text = EMPHASIS.matcher(text).replaceAll("");
        return LINE_MARKERS.matcher(text).replaceAll("");
    }
}
