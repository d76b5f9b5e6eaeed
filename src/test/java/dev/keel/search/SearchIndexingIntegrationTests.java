package dev.keel.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import com.jayway.jsonpath.JsonPath;
import dev.keel.KeelIntegrationTest;
import dev.keel.search.domain.TicketReindexer;
import dev.keel.ticket.TicketType;
import dev.keel.ticket.TicketViewer;
import dev.keel.ticket.domain.Ticket;
import dev.keel.ticket.domain.TicketViewers;
import dev.keel.ticket.domain.TicketWork;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Crash-correctness of the index: a change whose automatic index write was lost is repaired by the
 * event listener; and when that reindexing fails too (a crash or an index error), the event stays an
 * incomplete publication, and republishing it (what a restart does) brings the index up to date.
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

    @MockitoSpyBean
    TicketReindexer reindexer;

    @Test
    void aLostAutomaticIndexWriteIsRepairedFromTheTicketEvent() {
        String before = SearchFixtures.marker();
        String after = SearchFixtures.marker();
        long id = fixtures.ticket("zhang.san", TicketType.INCIDENT, "Old title " + before, "d")
                .id();

        retitleWithoutAutomaticIndexing(id, "New title " + after);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(found(after)).containsExactly(id));
        assertThat(found(before)).isEmpty();
    }

    @Test
    void aFailedReindexingStaysIncompleteAndIsRepairedWhenRepublished() {
        String before = SearchFixtures.marker();
        String after = SearchFixtures.marker();
        long id = fixtures.ticket("zhang.san", TicketType.INCIDENT, "Old title " + before, "d")
                .id();
        await().atMost(Duration.ofSeconds(20)).until(() -> incompleteFor(id) == 0);
        doThrow(new IllegalStateException("index unavailable")).when(reindexer).reindex(id);

        retitleWithoutAutomaticIndexing(id, "New title " + after);

        await().atMost(Duration.ofSeconds(20)).until(() -> incompleteFor(id) > 0);
        assertThat(found(after)).isEmpty();

        doCallRealMethod().when(reindexer).reindex(anyLong());
        incomplete.resubmitIncompletePublications(
                p -> p.getEvent().toString().matches(".*ticketId=" + id + "[,\\]].*"));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(found(after)).containsExactly(id));
        await().atMost(Duration.ofSeconds(20)).until(() -> incompleteFor(id) == 0);
    }

    /** Changes the title in the database while keeping Hibernate Search's automatic write out of it. */
    private void retitleWithoutAutomaticIndexing(long id, String title) {
        TicketViewer admin = viewers.of(fixtures.userId("admin"));
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            Search.session(entityManager).indexingPlanFilter(ctx -> ctx.exclude(Ticket.class));
            var t = work.view(id, admin);
            work.reclassify(
                    id, admin, t.type(), t.categoryId(), t.impact(), t.urgency(), title, t.description(), t.version());
        });
    }

    private long incompleteFor(long id) {
        Integer count = new TransactionTemplate(transactions)
                .execute(status -> ((Number) entityManager
                                .createNativeQuery(
                                        "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL"
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
