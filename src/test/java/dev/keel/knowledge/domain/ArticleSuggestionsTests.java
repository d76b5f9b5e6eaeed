package dev.keel.knowledge.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleSuggestionsTests {

    @Test
    void chineseRunsBecomeCharacterPairsAndEnglishWordsLoseThePluralS() {
        assertThat(ArticleSuggestions.terms("无法连接数据库")).containsExactly("无法", "法连", "连接", "接数", "数据", "据库");
        assertThat(ArticleSuggestions.terms("Printers OFFLINE, a VPN")).containsExactly("printer", "offline", "vpn");
        assertThat(ArticleSuggestions.terms("VPN断线")).containsExactly("vpn", "断线");
    }

    @Test
    void queryCharactersAndEmptyTextGiveNoTerms() {
        assertThat(ArticleSuggestions.terms("")).isEmpty();
        assertThat(ArticleSuggestions.terms("*:?\"()[]{}~^%_")).isEmpty();
        assertThat(ArticleSuggestions.terms("字".repeat(10_000))).hasSizeLessThanOrEqualTo(ArticleSuggestions.MAX_TERMS);
    }

    @Test
    void titlesWeighMoreThanBodies() {
        List<String> terms = List.of("printer");
        assertThat(ArticleSuggestions.score(terms, "Printer offline", "", ""))
                .isGreaterThan(ArticleSuggestions.score(terms, "Other", "", "printer"));
    }
}
