package dev.keel.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import dev.keel.KeelIntegrationTest;
import dev.keel.ticket.TicketType;
import dev.keel.ticket.TicketViewer;
import dev.keel.ticket.domain.Ticket;
import dev.keel.ticket.domain.TicketViewers;
import dev.keel.ticket.domain.TicketWork;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Crash-correctness of the index: a change whose rewrite right after commit was lost (a crash at that
 * moment) is repaired by the durable event listener; and when that rewrite fails too (a crash or an
 * index error), the event stays an incomplete publication, and republishing it (what a restart does)
 * brings the index up to date. And the two paths never let an older document overwrite a newer one.
 */
@KeelIntegrationTest
class SearchIndexingIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    SearchFixtures fixtures;

    @Autowired
    void fixtures(
            dev.keel.ticket.domain.Tickets tickets,
            dev.keel.identity.UserDirectory users,
            dev.keel.identity.domain.ApiTokens tokens) {
        this.fixtures = new SearchFixtures(tickets, users, tokens);
    }

    @Autowired
    TicketWork work;

    @Autowired
    TicketViewers viewers;

    @Autowired
    EntityManager entityManager;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    FaultInjectingDocuments documents;

    /**
     * The real index writer behind a switch per ticket: the rewrite right after commit can be lost,
     * the durable rewrite can fail. Plain concurrent sets, because the listeners run on other threads
     * while a test flips them (stubbing a Mockito spy while other threads call it is not safe).
     */
    static final class FaultInjectingDocuments implements IndexedDocuments {
        private final IndexedDocuments real;
        final java.util.Set<Object> loseAfterCommit = java.util.concurrent.ConcurrentHashMap.newKeySet();
        final java.util.Set<Object> failDurable = java.util.concurrent.ConcurrentHashMap.newKeySet();

        FaultInjectingDocuments(IndexedDocuments real) {
            this.real = real;
        }

        @Override
        public void rewriteAfterCommit(Class<?> type, Object id) {
            if (!(type == Ticket.class && loseAfterCommit.contains(id))) {
                real.rewriteAfterCommit(type, id);
            }
        }

        @Override
        public void rewrite(Class<?> type, Object id, boolean durable) {
            if (type == Ticket.class && failDurable.contains(id)) {
                throw new IllegalStateException("index unavailable");
            }
            real.rewrite(type, id, durable);
        }
    }

    @TestConfiguration
    static class Faults {
        @Bean
        @Primary
        FaultInjectingDocuments faultInjectingDocuments(@Qualifier("serialIndexedDocuments") IndexedDocuments real) {
            return new FaultInjectingDocuments(real);
        }
    }

    @Test
    void aLostRewriteAfterCommitIsRepairedFromTheTicketEvent() {
        String before = SearchFixtures.marker();
        String after = SearchFixtures.marker();
        long id = fixtures.ticket("zhang.san", TicketType.INCIDENT, "Old title " + before, "d")
                .id();

        documents.loseAfterCommit.add(id);

        retitle(id, "New title " + after);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(found(after)).containsExactly(id));
        assertThat(found(before)).isEmpty();
        documents.loseAfterCommit.remove(id);
    }

    @Test
    void aFailedReindexingStaysIncompleteAndIsRepairedWhenRepublished() {
        String before = SearchFixtures.marker();
        String after = SearchFixtures.marker();
        long id = fixtures.ticket("zhang.san", TicketType.INCIDENT, "Old title " + before, "d")
                .id();
        await().atMost(Duration.ofSeconds(20)).until(() -> incompleteFor(id) == 0);
        documents.loseAfterCommit.add(id);
        documents.failDurable.add(id);

        retitle(id, "New title " + after);

        await().atMost(Duration.ofSeconds(20)).until(() -> incompleteFor(id) > 0);
        assertThat(found(after)).isEmpty();

        documents.failDurable.remove(id);
        documents.loseAfterCommit.remove(id);
        incomplete.resubmitIncompletePublications(
                p -> p.getEvent().toString().matches(".*ticketId=" + id + "[,\\]].*"));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(found(after)).containsExactly(id));
        await().atMost(Duration.ofSeconds(20)).until(() -> incompleteFor(id) == 0);
    }

    @Test
    void aDurableRewriteNeverBringsBackAnOlderConversation() {
        long id = fixtures.ticket("zhang.san", TicketType.INCIDENT, "Conversation " + SearchFixtures.marker(), "d")
                .id();
        List<String> replies = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String marker = SearchFixtures.marker();
            fixtures.entry(id, dev.keel.ticket.EntryKind.PUBLIC_REPLY, "reply " + marker);
            replies.add(marker);
            // the durable rewrites of the earlier replies are still running while these searches run
            assertThat(found(marker)).as("reply %d right after it was added", i).containsExactly(id);
            assertThat(found(replies.get(0)))
                    .as("first reply after reply %d", i)
                    .containsExactly(id);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> incompleteFor(id) == 0);
        for (String marker : replies) {
            assertThat(found(marker)).as(marker).containsExactly(id);
        }
    }

    private void retitle(long id, String title) {
        TicketViewer admin = viewers.of(fixtures.userId("admin"));
        var t = work.view(id, admin);
        work.reclassify(
                id, admin, t.type(), t.categoryId(), t.impact(), t.urgency(), title, t.description(), t.version());
    }

    private long incompleteFor(long id) {
        Integer count = new TransactionTemplate(transactions)
                .execute(status -> ((Number) entityManager
                                .createNativeQuery(
                                        "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE completion_date IS NULL"
                                                + " AND serialized_event LIKE :id")
                                .setParameter("id", "%\"ticketId\":" + id + "%")
                                .getSingleResult())
                        .intValue());
        return count == null ? 0 : count;
    }

    private List<Long> found(String word) {
        var result = mvc.get()
                .uri("/api/v1/search")
                .param("q", word)
                .header(HttpHeaders.AUTHORIZATION, fixtures.bearer("li.na"))
                .exchange();
        assertThat(result).hasStatusOk();
        List<Number> ids = JsonPath.read(SearchIntegrationTests.body(result), "$.hits[*].id");
        return ids.stream().map(Number::longValue).toList();
    }
}
