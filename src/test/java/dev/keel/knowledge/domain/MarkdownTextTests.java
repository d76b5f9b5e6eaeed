package dev.keel.knowledge.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTests {

    @Test
    void aSearchExtractLosesTheMarkdownMarkersButKeepsTheHighlight() {
        assertThat(MarkdownText.stripFragment("Open **Settings → <mark>Printers</mark>** and click `Add`."))
                .isEqualTo("Open Settings → <mark>Printers</mark> and click Add.");
        assertThat(MarkdownText.stripFragment("## Steps\n- see [the guide](/portal/kb/3) &amp; retry"))
                .isEqualTo("Steps\nsee the guide &amp; retry");
        assertThat(MarkdownText.stripFragment("2*3 = 6, a_b stays")).isEqualTo("2*3 = 6, a_b stays");
    }

    @Test
    void insertedTextIsPlainTextWithItsLineBreaks() {
        String text = MarkdownText.plain("# VPN\n\n1. Open **Cisco AnyConnect**\n2. Enter `vpn.example.com`\n");

        assertThat(text).doesNotContain("**", "`", "#").contains("Cisco AnyConnect", "vpn.example.com");
        assertThat(text.lines().count()).isGreaterThanOrEqualTo(3);
    }
}
