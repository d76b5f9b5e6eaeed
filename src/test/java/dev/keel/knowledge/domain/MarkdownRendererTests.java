package dev.keel.knowledge.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTests {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersCommonMarkAndTables() {
        String html = renderer.render(
                "# 标题\n\n**粗体** and a [link](https://example.com)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        assertThat(html)
                .contains("<h1>标题</h1>")
                .contains("<strong>粗体</strong>")
                .contains("href=\"https://example.com\"")
                .contains("rel=\"nofollow noopener\"")
                .contains("<table>")
                .contains("<td>1</td>");
    }

    @Test
    void rawHtmlAndScriptsAreEscapedNotExecuted() {
        String html = renderer.render("<script>alert(1)</script>\n\nText <b onclick=\"x()\">bold</b>");
        assertThat(html).doesNotContain("<script").doesNotContain("<b ");
        assertThat(html).contains("&lt;script&gt;").contains("&lt;b onclick=");
    }

    @Test
    void eventHandlersOnImagesAndForeignImagesAreRemoved() {
        String html = renderer.render("![x](https://evil.example/a.png \"t\")\n\n<img src=x onerror=alert(1)>");
        assertThat(html).doesNotContain("<img").doesNotContain("evil.example").contains("&lt;img");
    }

    @Test
    void javascriptAndDataLinksLoseTheirTarget() {
        String html = renderer.render(
                "[click](javascript:alert(1)) [data](data:text/html;base64,AAAA) <javascript:alert(2)>");
        assertThat(html).doesNotContain("javascript:alert(1)\"").doesNotContain("href=\"javascript");
        assertThat(html).doesNotContain("href=\"data:");
    }

    @Test
    void imagesOfKeelArticleAttachmentsAreKept() {
        String html = renderer.render("![截图](/knowledge/attachments/42) ![b](/knowledge/attachments/43/screen.png)");
        assertThat(html)
                .contains("<img src=\"/knowledge/attachments/42\" alt=\"截图\">")
                .contains("src=\"/knowledge/attachments/43/screen.png\"");
    }
}
