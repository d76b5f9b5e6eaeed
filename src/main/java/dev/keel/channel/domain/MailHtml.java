package dev.keel.channel.domain;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML mail made safe to show: an allow-list of formatting elements, no scripts, styles, forms, frames
 * or event handlers, links only to http(s) and mailto, and images only from {@code cid:} parts of the
 * message itself (remote images would tell the sender when and where the mail is read). Also turns HTML
 * into plain text for mail that has no text part.
 */
public final class MailHtml {

    private static final Safelist SAFE = Safelist.relaxed()
            .removeProtocols("img", "src", "http", "https")
            .addProtocols("img", "src", "cid")
            .removeProtocols("a", "href", "ftp")
            .addProtocols("a", "href", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
            .addEnforcedAttribute("a", "target", "_blank");

    private MailHtml() {}

    /** The sanitised body of an HTML document or fragment. */
    public static String sanitise(String html) {
        Document dirty = Jsoup.parseBodyFragment(html);
        Document clean = new Cleaner(SAFE).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** Plain text of HTML: block elements and line breaks become new lines. */
    public static String text(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, head, title").remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode text) {
                            out.append(text.text());
                        } else if (node instanceof Element e && (e.normalName().equals("br"))) {
                            out.append('\n');
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element e
                                && e.isBlock()
                                && out.length() > 0
                                && !e.normalName().equals("br")) {
                            if (out.charAt(out.length() - 1) != '\n') {
                                out.append('\n');
                            }
                        }
                    }
                },
                doc.body() == null ? doc : doc.body());
        return out.toString()
                .replace('\u00a0', ' ')
                .replaceAll("\n{3,}", "\n\n")
                .strip();
    }
}
