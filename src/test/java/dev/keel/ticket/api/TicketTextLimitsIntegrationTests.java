package dev.keel.ticket.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.KeelIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What reaches the database's text columns and unique keys: characters outside the Basic Multilingual
 * Plane, texts at and over their limits, and one idempotency key sent many times at once. The limits are
 * Keel's own (a clear 422), never the database's (a truncation, or a 500 from "data too long"); CI runs
 * this on H2, PostgreSQL and MariaDB.
 */
@KeelIntegrationTest
class TicketTextLimitsIntegrationTests {

    static final String REQUESTER = "Bearer keel_demo_requester_2026";

    /** A grinning face and CJK Extension B's first ideograph: four bytes each in UTF-8. */
    static final String FOUR_BYTE = "😀𠀀";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    MvcTestResult open(String body, String idempotencyKey) {
        var request = mvc.post()
                .uri("/api/v1/tickets")
                .header(HttpHeaders.AUTHORIZATION, REQUESTER)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.exchange();
    }

    String ticketJson(String title, String description) {
        return json.createObjectNode()
                .put("title", title)
                .put("description", description)
                .toString();
    }

    JsonNode body(MvcTestResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    int ticketsTitled(String title) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ticket WHERE title = ?", Integer.class, title);
    }

    static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void fourByteCharactersRoundTripThroughTheApiAndTheDatabase() throws Exception {
        String title = "打印机 " + FOUR_BYTE + " " + marker();
        String description = "屏幕上显示 " + FOUR_BYTE + "，然后重启了。";

        MvcTestResult opened = open(ticketJson(title, description), null);

        assertThat(opened).hasStatus(201);
        long id = body(opened).get("id").asLong();
        assertThat(jdbc.queryForObject("SELECT title FROM ticket WHERE id = ?", String.class, id))
                .isEqualTo(title);
        assertThat(jdbc.queryForObject("SELECT description FROM ticket WHERE id = ?", String.class, id))
                .isEqualTo(description);
        JsonNode read = body(mvc.get()
                .uri("/api/v1/tickets/" + id)
                .header(HttpHeaders.AUTHORIZATION, REQUESTER)
                .exchange());
        assertThat(read.get("title").asString()).isEqualTo(title);
        assertThat(read.get("description").asString()).isEqualTo(description);
    }

    @Test
    void aTitleAtItsLimitIsKeptWholeAndOneCharacterOverIsA422() throws Exception {
        String marker = marker();
        String atLimit = marker + " " + "服".repeat(200 - marker.length() - 1);
        String overLimit = marker + "+" + "服".repeat(200 - marker.length());
        assertThat(atLimit).hasSize(200);
        assertThat(overLimit).hasSize(201);

        MvcTestResult kept = open(ticketJson(atLimit, "标题正好两百个字"), null);
        MvcTestResult refused = open(ticketJson(overLimit, "标题多了一个字"), null);

        assertThat(kept).hasStatus(201);
        assertThat(body(kept).get("title").asString()).isEqualTo(atLimit);
        assertThat(ticketsTitled(atLimit)).isEqualTo(1);
        assertThat(refused).hasStatus(422);
        assertThat(body(refused).toString()).contains("title").contains("200");
        assertThat(ticketsTitled(overLimit)).isZero();
        assertThat(ticketsTitled(overLimit.substring(0, 200))).isZero();
    }

    @Test
    void aHundredThousandCharacterDescriptionIsA422AndOpensNothing() throws Exception {
        String title = "Huge description " + marker();

        MvcTestResult refused = open(ticketJson(title, "描".repeat(100_000)), null);

        assertThat(refused).hasStatus(422);
        assertThat(body(refused).toString()).contains("description");
        assertThat(ticketsTitled(title)).isZero();
    }

    @Test
    void aDescriptionAtItsLimitInFourByteCharactersIsKeptWhole() throws Exception {
        String title = "Long description " + marker();
        String description = FOUR_BYTE.repeat(5_000);
        assertThat(description).hasSize(20_000);

        MvcTestResult kept = open(ticketJson(title, description), null);

        assertThat(kept).hasStatus(201);
        assertThat(jdbc.queryForObject("SELECT description FROM ticket WHERE title = ?", String.class, title))
                .isEqualTo(description);
    }

    @Test
    void oneIdempotencyKeySentEightTimesAtOnceOpensExactlyOneTicket() throws Exception {
        String title = "Concurrent retry " + marker();
        String key = UUID.randomUUID().toString();
        String request = ticketJson(title, "同一个请求同时发了八次");
        int clients = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<MvcTestResult>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                Callable<MvcTestResult> call = () -> {
                    start.await();
                    return open(request, key);
                };
                calls.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (Future<MvcTestResult> call : calls) {
                MvcTestResult result = call.get(60, TimeUnit.SECONDS);
                statuses.add(result.getResponse().getStatus());
                ids.add(body(result).get("id").asLong());
            }

            assertThat(ticketsTitled(title)).isEqualTo(1);
            assertThat(ids).containsOnly(ids.getFirst());
            // one 201 for the call that opened it; every other call is a replay, also one whose first
            // call committed while it was on its way
            assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
        } finally {
            pool.shutdownNow();
        }
    }
}
