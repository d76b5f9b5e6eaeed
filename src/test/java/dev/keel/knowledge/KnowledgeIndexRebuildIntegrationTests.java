package dev.keel.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.keel.KeelIntegrationTest;
import dev.keel.TestAccounts;
import dev.keel.identity.Role;
import dev.keel.identity.UserSummary;
import dev.keel.identity.domain.UserAccounts;
import dev.keel.knowledge.domain.ArticleContent;
import dev.keel.knowledge.domain.ArticleSettings;
import dev.keel.knowledge.domain.Articles;
import dev.keel.knowledge.domain.KnowledgeArticle;
import dev.keel.knowledge.domain.Reader;
import dev.keel.search.SearchContributor;
import dev.keel.search.SearchHit;
import dev.keel.search.SearchQuery;
import dev.keel.search.Searcher;
import dev.keel.search.domain.SearchRebuild;
import dev.keel.shared.DomainException;
import dev.keel.ticket.domain.Ticket;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The admin page's index rebuild reloads articles too (knowledge contributes its indexed type). */
@KeelIntegrationTest
class KnowledgeIndexRebuildIntegrationTests {

    @Autowired
    UserAccounts accounts;

    @Autowired
    Articles articles;

    @Autowired
    List<SearchContributor> contributors;

    @Autowired
    SearchRebuild rebuild;

    @Autowired
    EntityManager entityManager;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aRebuildRestoresTheDocumentOfAnArticleThatWasMissingFromTheIndex() {
        String marker = "rb" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        long id = published("Rebuild " + marker, "Body " + marker).id();
        await().atMost(Duration.ofSeconds(20)).until(() -> found(marker).contains(id));

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            var session = Search.session(entityManager);
            session.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.writeSync());
            session.indexingPlan().purge(KnowledgeArticle.class, id, null);
        });
        assertThat(found(marker)).doesNotContain(id);

        await().atMost(Duration.ofSeconds(60)).until(this::startedARebuild);
        await().atMost(Duration.ofSeconds(60)).until(() -> !rebuild.status().running());
        assertThat(rebuild.status().state()).isEqualTo("DONE");
        assertThat(found(marker)).containsExactly(id);
    }

    @Test
    void aRebuildReplacesEveryDocumentInsteadOfAddingASecondCopy() {
        String marker = "rd" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        long id = published("Twice " + marker, "Body " + marker).id();
        await().atMost(Duration.ofSeconds(20)).until(() -> found(marker).contains(id));

        for (int i = 0; i < 2; i++) {
            await().atMost(Duration.ofSeconds(60)).until(this::startedARebuild);
            await().atMost(Duration.ofSeconds(60)).until(() -> !rebuild.status().running());
            assertThat(rebuild.status().state()).isEqualTo("DONE");
        }

        assertThat(found(marker)).containsExactly(id);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            long rows = entityManager
                    .createQuery("select count(t) from Ticket t", Long.class)
                    .getSingleResult();
            long documents = Search.session(entityManager)
                    .search(Ticket.class)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
            assertThat(documents).as("ticket documents after two rebuilds").isEqualTo(rows);
        });
    }

    private boolean startedARebuild() {
        try {
            rebuild.start();
            return true;
        } catch (DomainException running) {
            return false;
        }
    }

    private KnowledgeArticle published(String title, String body) {
        UserSummary writer = TestAccounts.user(accounts, Role.AGENT);
        UserSummary reviewer = TestAccounts.user(accounts, Role.TEAM_LEAD);
        Reader w = new Reader(writer.id(), true, true, false);
        var article = articles.create(
                new ArticleContent(title, "", body), ArticleSettings.of("PUBLIC", "zh-CN", null, ""), "", w);
        articles.submit(article.id(), Set.of(reviewer.id()), null, w);
        return articles.approve(article.id(), null, new Reader(reviewer.id(), true, true, true));
    }

    private List<Long> found(String word) {
        SearchContributor contributor = contributors.stream()
                .filter(c -> c.kind().equals("article"))
                .findFirst()
                .orElseThrow();
        Searcher agent = new Searcher(1, true, false, Set.of(), false, null, null, false, Set.of(), Locale.ENGLISH);
        return new TransactionTemplate(transactions)
                .execute(status ->
                        contributor
                                .search(new SearchQuery(word, Set.of(), Map.of(), null, null, 0, 20), agent)
                                .hits()
                                .stream()
                                .map(SearchHit::id)
                                .toList());
    }
}
