package dev.keel.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.keel.KeelIntegrationTest;
import dev.keel.KeelPrincipals;
import dev.keel.TestAccounts;
import dev.keel.identity.Role;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import dev.keel.identity.domain.UserAccounts;
import dev.keel.knowledge.domain.ArticleContent;
import dev.keel.knowledge.domain.ArticleFeedback;
import dev.keel.knowledge.domain.ArticleLinks;
import dev.keel.knowledge.domain.ArticleSettings;
import dev.keel.knowledge.domain.Articles;
import dev.keel.knowledge.domain.KnowledgeArticle;
import dev.keel.knowledge.domain.Reader;
import dev.keel.ticket.Channel;
import dev.keel.ticket.Impact;
import dev.keel.ticket.OpenTicket;
import dev.keel.ticket.TicketManagement;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.Urgency;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The knowledge pages: portal browsing, suggestions and deflection, the ticket panel and the editor. */
@KeelIntegrationTest
class KnowledgePagesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserDirectory directory;

    @Autowired
    Articles articles;

    @Autowired
    ArticleLinks links;

    @Autowired
    ArticleFeedback feedback;

    @Autowired
    TicketManagement tickets;

    @Autowired
    JdbcTemplate jdbc;

    static String html(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Reader readerOf(UserSummary user, boolean reviewer) {
        return new Reader(user.id(), true, true, reviewer);
    }

    KnowledgeArticle published(String title, String body, String visibility) {
        UserSummary writer = TestAccounts.user(accounts, Role.AGENT);
        UserSummary reviewer = TestAccounts.user(accounts, Role.TEAM_LEAD);
        var article = articles.create(
                new ArticleContent(title, "summary", body),
                ArticleSettings.of(visibility, "zh-CN", null, ""),
                "",
                readerOf(writer, false));
        articles.submit(article.id(), Set.of(reviewer.id()), null, readerOf(writer, false));
        return articles.approve(article.id(), null, readerOf(reviewer, true));
    }

    long ticketsOf(UserSummary user) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM ticket WHERE requester_id = ?", Long.class, user.id());
        return n == null ? 0 : n;
    }

    @Test
    void aRequesterTypingSeesTheDemoArticleAndMarkingItSolvedOpensNoTicket() {
        UserSummary requester = TestAccounts.user(accounts, Role.REQUESTER);
        var fragment = mvc.get()
                .uri("/portal/kb/suggestions")
                .param("title", "无法连接数据库")
                .header("HX-Request", "true")
                .with(KeelPrincipals.signedIn(requester))
                .exchange();
        assertThat(fragment).hasStatusOk();
        assertThat(html(fragment)).contains("无法连接数据库怎么办").doesNotContain("<html");
        long demoId = jdbc.queryForObject("SELECT id FROM knowledge_article WHERE title = '无法连接数据库怎么办'", Long.class);

        var solved = mvc.post()
                .uri("/portal/kb/" + demoId + "/solved")
                .param("q", "无法连接数据库")
                .with(KeelPrincipals.signedIn(requester))
                .with(csrf())
                .exchange();
        assertThat(solved).hasStatus3xxRedirection().hasRedirectedUrl("/portal/kb/thanks?article=" + demoId);
        assertThat(ticketsOf(requester)).isZero();
        String typed = jdbc.queryForObject(
                "SELECT query_text FROM knowledge_deflection WHERE user_id = ? AND article_id = ?",
                String.class,
                requester.id(),
                demoId);
        assertThat(typed).isEqualTo("无法连接数据库");
        var thanks = mvc.get()
                .uri("/portal/kb/thanks?article=" + demoId)
                .with(KeelPrincipals.signedIn(requester))
                .exchange();
        assertThat(html(thanks)).contains("deflection-thanks");
    }

    @Test
    void thePortalShowsPublicPublishedArticlesOnly() {
        String marker = TestAccounts.uniqueName("门户");
        var open = published(marker + " public", "正文 " + marker, "PUBLIC");
        var internal = published(marker + " internal", "正文 " + marker, "INTERNAL");
        UserSummary requester = TestAccounts.user(accounts, Role.REQUESTER);

        var page = mvc.get()
                .uri("/portal/kb/" + open.id())
                .with(KeelPrincipals.signedIn(requester))
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(html(page)).contains(marker + " public").contains("vote-yes");
        assertThat(mvc.get().uri("/portal/kb/" + internal.id()).with(KeelPrincipals.signedIn(requester)))
                .hasStatus(404);
        var search = mvc.get()
                .uri("/portal/kb")
                .param("q", marker)
                .with(KeelPrincipals.signedIn(requester))
                .exchange();
        assertThat(html(search)).contains(marker + " public").doesNotContain(marker + " internal");
        var list = mvc.get()
                .uri("/portal/kb")
                .with(KeelPrincipals.signedIn(requester))
                .exchange();
        assertThat(list).hasStatusOk();

        var vote = mvc.post()
                .uri("/portal/kb/" + open.id() + "/vote")
                .param("helpful", "true")
                .with(KeelPrincipals.signedIn(requester))
                .with(csrf())
                .exchange();
        assertThat(vote).hasStatus3xxRedirection();
        assertThat(feedback.counts(open.id()).helpful()).isEqualTo(1);
        assertThat(mvc.get().uri("/workspace/kb").with(KeelPrincipals.signedIn(requester)))
                .hasStatus(403);
    }

    @Test
    void theTicketPanelSuggestsArticlesAndIsHiddenFromThoseWhoMayNotSeeTheTicket() {
        String marker = TestAccounts.uniqueName("网关");
        var article = published(marker + " 故障处理", "公司" + marker + "故障时的处理方法", "INTERNAL");
        UserSummary requester = TestAccounts.user(accounts, Role.REQUESTER);
        TicketView ticket = tickets.open(
                new OpenTicket(
                        null,
                        "公司" + marker + "坏了",
                        "全部断网",
                        Channel.PORTAL,
                        null,
                        Impact.MINOR,
                        Urgency.MEDIUM,
                        requester.id()),
                requester.id());
        UserSummary admin = directory.findUser("admin").orElseThrow();

        var panel = mvc.get()
                .uri("/workspace/kb/tickets/" + ticket.id() + "/panel")
                .with(KeelPrincipals.signedIn(admin))
                .exchange();
        assertThat(panel).hasStatusOk();
        assertThat(html(panel))
                .contains(marker + " 故障处理")
                .contains("insert-text-" + article.id())
                .contains("/workspace/kb/new?ticket=" + ticket.id());

        UserSummary stranger = TestAccounts.user(accounts, Role.AGENT);
        assertThat(mvc.get()
                        .uri("/workspace/kb/tickets/" + ticket.id() + "/panel")
                        .with(KeelPrincipals.signedIn(stranger)))
                .hasStatus(404);

        var link = mvc.post()
                .uri("/workspace/kb/tickets/" + ticket.id() + "/link")
                .param("articleId", Long.toString(article.id()))
                .with(KeelPrincipals.signedIn(admin))
                .with(csrf())
                .exchange();
        assertThat(link).hasStatus3xxRedirection();
        assertThat(links.articlesOf(ticket.id()))
                .extracting(ArticleLinks.LinkedArticle::id)
                .containsExactly(article.id());
        var articlePage = mvc.get()
                .uri("/workspace/kb/" + article.id())
                .with(KeelPrincipals.signedIn(admin))
                .exchange();
        assertThat(html(articlePage)).contains(ticket.number());
    }

    @Test
    void anArticleCreatedFromATicketIsPrefilledAndLinked() {
        UserSummary requester = TestAccounts.user(accounts, Role.REQUESTER);
        String title = TestAccounts.uniqueName("打印机");
        TicketView ticket = tickets.open(
                new OpenTicket(
                        null, title, "三楼打印机不出纸", Channel.PORTAL, null, Impact.MINOR, Urgency.MEDIUM, requester.id()),
                requester.id());
        UserSummary admin = directory.findUser("admin").orElseThrow();

        var form = mvc.get()
                .uri("/workspace/kb/new?ticket=" + ticket.id())
                .with(KeelPrincipals.signedIn(admin))
                .exchange();
        assertThat(html(form)).contains(title).contains("三楼打印机不出纸");

        var created = mvc.post()
                .uri("/workspace/kb/new")
                .param("title", title)
                .param("body", "三楼打印机不出纸\n\n换纸盒")
                .param("visibility", "PUBLIC")
                .param("language", "zh-CN")
                .param("ticketId", Long.toString(ticket.id()))
                .with(KeelPrincipals.signedIn(admin))
                .with(csrf())
                .exchange();
        assertThat(created).hasStatus3xxRedirection();
        long id = jdbc.queryForObject("SELECT id FROM knowledge_article WHERE title = ?", Long.class, title);
        assertThat(links.articlesOf(ticket.id()))
                .extracting(ArticleLinks.LinkedArticle::id)
                .containsExactly(id);

        var invalid = mvc.post()
                .uri("/workspace/kb/new")
                .param("title", "")
                .param("body", "")
                .with(KeelPrincipals.signedIn(admin))
                .with(csrf())
                .exchange();
        assertThat(invalid).hasStatusOk();
        assertThat(html(invalid)).contains("is-invalid");
    }

    @Test
    void theEditorPreviewIsSanitisedAndPagesRender() {
        UserSummary admin = directory.findUser("admin").orElseThrow();
        var preview = mvc.post()
                .uri("/workspace/kb/preview")
                .param("body", "**ok** <script>alert(1)</script> [x](javascript:alert(2))")
                .with(KeelPrincipals.signedIn(admin))
                .with(csrf())
                .exchange();
        assertThat(html(preview))
                .contains("<strong>ok</strong>")
                .doesNotContain("<script")
                .doesNotContain("javascript:");

        String marker = TestAccounts.uniqueName("diff");
        var article = published(marker, "第一行\n第二行", "PUBLIC");
        articles.update(
                article.id(),
                new ArticleContent(marker, "summary", "第一行\n第二行已改"),
                ArticleSettings.of("PUBLIC", "zh-CN", null, ""),
                "改了第二行",
                null,
                readerOf(admin, true));
        var diff = mvc.get()
                .uri("/workspace/kb/" + article.id() + "/diff?from=1&to=2")
                .with(KeelPrincipals.signedIn(admin))
                .exchange();
        assertThat(html(diff)).contains("diff-removed").contains("第二行已改");
        for (String uri : new String[] {
            "/workspace/kb",
            "/workspace/kb?review=true",
            "/workspace/kb/" + article.id(),
            "/workspace/kb/" + article.id() + "/edit",
            "/workspace/kb/" + article.id() + "/versions/1",
            "/workspace/kb/deflections"
        }) {
            assertThat(mvc.get().uri(uri).with(KeelPrincipals.signedIn(admin)))
                    .as(uri)
                    .hasStatusOk();
        }
    }
}
