package dev.keel.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.KeelIntegrationTest;
import dev.keel.TestAccounts;
import dev.keel.identity.Role;
import dev.keel.identity.UserSummary;
import dev.keel.identity.domain.UserAccounts;
import dev.keel.knowledge.domain.ArticleContent;
import dev.keel.knowledge.domain.ArticleSettings;
import dev.keel.knowledge.domain.ArticleSuggestions;
import dev.keel.knowledge.domain.Articles;
import dev.keel.knowledge.domain.KnowledgeArticle;
import dev.keel.knowledge.domain.Reader;
import dev.keel.search.SearchContributor;
import dev.keel.search.SearchHit;
import dev.keel.search.SearchQuery;
import dev.keel.search.SearchResultPage;
import dev.keel.search.Searcher;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Articles in the index: Chinese words inside sentences, English plurals, visibility, highlights. */
@KeelIntegrationTest
class KnowledgeSearchIntegrationTests {

    @Autowired
    UserAccounts accounts;

    @Autowired
    Articles articles;

    @Autowired
    ArticleSuggestions suggestions;

    @Autowired
    List<SearchContributor> contributors;

    static final Reader REQUESTER = new Reader(0, false, false, false);

    KnowledgeArticle published(String title, String body, String visibility) {
        UserSummary writer = TestAccounts.user(accounts, Role.AGENT);
        UserSummary reviewer = TestAccounts.user(accounts, Role.TEAM_LEAD);
        Reader w = new Reader(writer.id(), true, true, false);
        var article = articles.create(
                new ArticleContent(title, "", body), ArticleSettings.of(visibility, "zh-CN", null, ""), "", w);
        articles.submit(article.id(), Set.of(reviewer.id()), null, w);
        return articles.approve(article.id(), null, new Reader(reviewer.id(), true, true, true));
    }

    SearchContributor articlesContributor() {
        return contributors.stream()
                .filter(c -> c.kind().equals("article"))
                .findFirst()
                .orElseThrow();
    }

    static Searcher searcher(boolean agent) {
        return new Searcher(1, agent, false, Set.of(), false, null, null, false, Set.of(), java.util.Locale.ENGLISH);
    }

    static SearchQuery query(String text) {
        return new SearchQuery(text, Set.of(), Map.of(), null, null, 0, 20);
    }

    @Test
    void aChineseWordFromTheMiddleOfASentenceAndAnEnglishPluralFindTheDemoArticles() {
        assertThat(suggestions.suggest("数据库", REQUESTER, 5))
                .extracting(ArticleSuggestions.Suggestion::title)
                .contains("无法连接数据库怎么办");
        assertThat(suggestions.suggest("我的电脑无法连接数据库了", REQUESTER, 5))
                .extracting(ArticleSuggestions.Suggestion::title)
                .first()
                .isEqualTo("无法连接数据库怎么办");
        assertThat(suggestions.suggest("my printers print nothing", REQUESTER, 5))
                .extracting(ArticleSuggestions.Suggestion::title)
                .contains("Printers show offline or print nothing");
        assertThat(suggestions.suggest("\"*:(+-)~^[]{}/\\", REQUESTER, 5)).isNotNull();
    }

    static final Reader AGENT = new Reader(0, true, false, false);

    static List<String> titles(List<ArticleSuggestions.Suggestion> suggestions) {
        return suggestions.stream().map(ArticleSuggestions.Suggestion::title).toList();
    }

    @Test
    void aSlowDatabaseTicketIsOfferedTheDatabaseArticleNotTheVpnPasswordOrPrinterOnes() {
        List<String> chinese = titles(suggestions.suggest("数据库很慢\n连接数据库后查询要等好几分钟，请尽快处理", AGENT, 5));
        List<String> english = titles(suggestions.suggest(
                "Database is slow\nQueries on the ERP database take minutes since this morning, please check",
                AGENT,
                5));

        assertThat(chinese).first().isEqualTo("无法连接数据库怎么办");
        for (List<String> titles : List.of(chinese, english)) {
            assertThat(titles)
                    .hasSizeLessThanOrEqualTo(3)
                    .doesNotContain(
                            "VPN 频繁断线的处理",
                            "VPN keeps disconnecting",
                            "如何重置域账号密码",
                            "Resetting your password",
                            "Printers show offline or print nothing",
                            "打印机驱动批量部署（内部）",
                            "手机上配置公司邮箱");
        }
    }

    @Test
    void aVpnTicketIsStillOfferedTheVpnArticles() {
        assertThat(titles(suggestions.suggest("VPN 总是断线\n在家连 VPN 每隔几分钟就自动断开", REQUESTER, 5)))
                .first()
                .isEqualTo("VPN 频繁断线的处理");
        assertThat(titles(suggestions.suggest(
                        "VPN keeps disconnecting\nThe VPN drops every few minutes at home", REQUESTER, 5)))
                .first()
                .isEqualTo("VPN keeps disconnecting");
    }

    @Test
    void anOutlookTicketIsNotOfferedThePrinterArticle() {
        assertThat(titles(suggestions.suggest(
                        "Outlook does not open\nOutlook shows nothing after the update and my mail is stuck",
                        AGENT,
                        5)))
                .doesNotContain("Printers show offline or print nothing", "打印机驱动批量部署（内部）");
    }

    @Test
    void theGlobalSearchHidesInternalArticlesFromRequestersAndHighlightsMatches() {
        StringBuilder letters = new StringBuilder("zqx");
        new java.util.Random().ints(8, 'a', 'z' + 1).forEach(c -> letters.append((char) c));
        String marker = letters.toString();
        var open = published("Gateway " + marker + " public", "The gateway " + marker + " & <b>tips</b>", "PUBLIC");
        var internal = published("Gateway " + marker + " internal", "Internal " + marker, "INTERNAL");

        SearchResultPage forRequester = articlesContributor().search(query(marker), searcher(false));
        assertThat(forRequester.hits()).extracting(SearchHit::id).containsExactly(open.id());
        assertThat(forRequester.totalHits()).isEqualTo(1);
        assertThat(forRequester.hits().get(0).url()).isEqualTo("/portal/kb/" + open.id());
        assertThat(forRequester.hits().get(0).snippetHtml())
                .contains("<mark>" + marker + "</mark>")
                .contains("&amp;")
                .doesNotContain("<b>");

        SearchResultPage forAgent = articlesContributor().search(query(marker), searcher(true));
        assertThat(forAgent.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder(open.id(), internal.id());
        assertThat(forAgent.facets()).anySatisfy(f -> assertThat(f.name()).isEqualTo("status"));

        articles.archive(open.id(), null, new Reader(open.ownerId(), true, true, false));
        assertThat(articlesContributor().search(query(marker), searcher(false)).hits())
                .isEmpty();
    }
}
