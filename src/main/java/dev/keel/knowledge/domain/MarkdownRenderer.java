package dev.keel.knowledge.domain;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Markdown (CommonMark with tables and autolinks) to safe HTML. Raw HTML in the source is escaped,
 * the output is cleaned with an allow-list (no scripts, styles, event handlers or {@code javascript:}
 * URLs; links get {@code rel="nofollow noopener"}), and images are kept only when they point at Keel's
 * own article attachments.
 */
@Component
public class MarkdownRenderer {

    /** Images must come from here: {@code /knowledge/attachments/<id>} (optionally with a file name). */
    static final String IMAGE_PATH = "^/knowledge/attachments/\\d+(/[^/?#]*)?$";

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();
    private final Safelist safelist = Safelist.relaxed()
            .removeTags("img")
            .addTags("img", "hr", "del", "s")
            .addAttributes("img", "src", "alt", "title")
            .addAttributes("a", "rel")
            .removeProtocols("a", "href", "ftp", "mailto")
            .addProtocols("a", "href", "mailto")
            .preserveRelativeLinks(true);

    public String render(String markdown) {
        String html = renderer.render(parser.parse(markdown));
        Document dirty = Jsoup.parseBodyFragment(html, "http://keel.invalid/");
        Document clean = new Cleaner(safelist).clean(dirty);
        for (Element img : clean.select("img")) {
            String src = img.attr("src");
            if (!src.matches(IMAGE_PATH)) {
                img.remove();
            }
        }
        for (Element a : clean.select("a[href]")) {
            a.attr("rel", "nofollow noopener");
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}
