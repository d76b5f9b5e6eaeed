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
