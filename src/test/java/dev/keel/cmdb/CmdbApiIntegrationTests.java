package dev.keel.cmdb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.KeelIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Configuration items through the REST API: typed attributes, history, locking, lifecycle, events. */
@KeelIntegrationTest
@RecordApplicationEvents
class CmdbApiIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    CmdbApiSupport api;

    @BeforeEach
    void setUp() {
        api = new CmdbApiSupport(mvc, json);
    }

    int ciCount() {
        Integer n = jdbc.queryForObject("select count(*) from cmdb_ci", Integer.class);
        return n == null ? 0 : n;
    }

    @Test
    void shipsTheClassesAndRelationTypesOfTheIssue() {
        JsonNode classes = api.ok(api.get("/api/v1/cmdb/classes"), 200);
        StringBuilder codes = new StringBuilder();
        classes.forEach(c -> codes.append(c.get("code").asString()).append(','));
        assertThat(codes.toString())
                .contains(
                        "business_service,",
                        "technical_service,",
                        "application,",
                        "database,",
                        "server,",
                        "virtual_machine,",
                        "network_device,",
                        "storage,",
                        "data_centre,",
                        "rack,",
                        "spare_part,",
                        "software_licence,",
                        "software_release,");
        JsonNode types = api.ok(api.get("/api/v1/cmdb/relation-types"), 200);
        StringBuilder typeCodes = new StringBuilder();
        types.forEach(t -> typeCodes.append(t.get("code").asString()).append(','));
        assertThat(typeCodes.toString())
                .contains(
                        "runs_on,",
                        "depends_on,",
                        "connects_to,",
                        "hosted_in,",
                        "installed_on,",
                        "backed_up_by,",
                        "member_of_cluster,");
    }

    @Test
    void createsAndChangesACiWithTypedAttributesKeepingFieldHistory() {
        long id = api.ci(
                "server",
                "srv",
                "\"criticality\":\"HIGH\",\"attributes\":{\"ip_address\":\"10.9.0.1\","
                        + "\"cpu_cores\":\"16.0\",\"os\":\"Kylin V10\"}");
        assertThat(events.stream(CiCreated.class).filter(e -> e.ciId() == id)).hasSize(1);
        JsonNode ci = api.ok(api.get("/api/v1/cmdb/cis/" + id), 200);
        assertThat(ci.get("attributes").get("cpu_cores").asString()).isEqualTo("16");
        assertThat(ci.get("criticality").asString()).isEqualTo("HIGH");
        long version = ci.get("version").asLong();

        String change = "{\"name\":\"" + ci.get("name").asString() + "\",\"status\":\"MAINTENANCE\","
                + "\"criticality\":\"HIGH\",\"attributes\":{\"ip_address\":\"10.9.0.2\",\"cpu_cores\":\"32\"},"
                + "\"version\":" + version + "}";
        JsonNode changed = api.ok(api.send("PUT", CmdbApiSupport.AGENT, "/api/v1/cmdb/cis/" + id, change), 200);
        assertThat(changed.get("status").asString()).isEqualTo("MAINTENANCE");
        assertThat(changed.get("attributes").has("os")).isFalse();
        assertThat(events.stream(CiChanged.class).filter(e -> e.ciId() == id)).hasSize(1);
        assertThat(events.stream(CiStatusChanged.class).filter(e -> e.ciId() == id && e.to() == CiStatus.MAINTENANCE))
                .hasSize(1);

        JsonNode history = api.ok(api.get("/api/v1/cmdb/cis/" + id + "/history"), 200);
        StringBuilder lines = new StringBuilder();
        history.forEach(h -> lines.append(h.get("field").asString())
                .append(':')
                .append(h.get("oldValue").asString(""))
                .append("->")
                .append(h.get("newValue").asString(""))
                .append(':')
                .append(h.get("actor").asString())
                .append('\n'));
        assertThat(lines.toString())
                .contains(
                        "attributes.ip_address:10.9.0.1->10.9.0.2:",
                        "attributes.cpu_cores:16->32:",
                        "attributes.os:Kylin V10->:",
                        "status:IN_USE->MAINTENANCE:");

        // the same version again is stale: 409, nothing changed
        var stale =
                api.send("PUT", CmdbApiSupport.AGENT, "/api/v1/cmdb/cis/" + id, change.replace("10.9.0.2", "10.9.0.3"));
        assertThat(stale).hasStatus(409);
        assertThat(api.body(stale).get("type").asString()).endsWith("/stale");
        assertThat(api.ok(api.get("/api/v1/cmdb/cis/" + id), 200)
                        .get("attributes")
                        .get("ip_address")
                        .asString())
                .isEqualTo("10.9.0.2");
    }

    @Test
    void badValuesGetFieldErrorsAndWriteNothing() {
        int before = ciCount();
        var result = api.send(
                "POST",
                CmdbApiSupport.AGENT,
                "/api/v1/cmdb/cis",
                "{\"classCode\":\"server\",\"name\":\"bad\",\"environment\":\"moon\",\"attributes\":{"
                        + "\"ip_address\":\"10.0.0.300\",\"cpu_cores\":\"many\",\"colour\":\"red\"}}");
        assertThat(result).hasStatus(422);
        JsonNode problem = api.body(result);
        assertThat(CmdbApiSupport.fields(problem))
                .contains("environment", "attributes.ip_address", "attributes.cpu_cores", "attributes.colour");
        assertThat(problem.toString()).contains("Not an IP address.", "This class has no attribute 'colour'.");

        assertThat(api.send(
                        "POST",
                        CmdbApiSupport.AGENT,
                        "/api/v1/cmdb/cis",
                        "{\"classCode\":\"spaceship\",\"name\":\"x\"}"))
                .hasStatus(422);
        var dates = api.send(
                "POST",
                CmdbApiSupport.AGENT,
                "/api/v1/cmdb/cis",
                "{\"classCode\":\"software_licence\",\"name\":\"Office\",\"attributes\":{\"seats\":\"ten\","
                        + "\"expiry\":\"2026-02-30\"}}");
        assertThat(CmdbApiSupport.fields(api.body(dates))).contains("attributes.seats", "attributes.expiry");
        var required = api.send(
                "POST",
                CmdbApiSupport.AGENT,
                "/api/v1/cmdb/cis",
                "{\"classCode\":\"database\",\"name\":\"db\",\"attributes\":{\"engine\":\"excel\"}}");
        assertThat(api.body(required).toString()).contains("Choose one of: postgresql");
        var url = api.send(
                "POST",
                CmdbApiSupport.AGENT,
                "/api/v1/cmdb/cis",
                "{\"classCode\":\"application\",\"name\":\"a\",\"attributes\":{\"url\":\"javascript:alert(1)\"}}");
        assertThat(CmdbApiSupport.fields(api.body(url))).contains("attributes.url");
        assertThat(api.send("POST", CmdbApiSupport.AGENT, "/api/v1/cmdb/cis", "{not json"))
                .hasStatus(400);
        assertThat(ciCount()).isEqualTo(before);
    }

    @Test
    void uniqueAttributesAndNamesRefuseDuplicates() {
        api.ci("server", "u", "\"attributes\":{\"serial_number\":\"SN-UNIQ-1\"}");
        var duplicate = api.send(
                "POST",
                CmdbApiSupport.AGENT,
                "/api/v1/cmdb/cis",
                "{\"classCode\":\"server\",\"name\":\"other-u\",\"attributes\":{\"serial_number\":\"SN-UNIQ-1\"}}");
        assertThat(duplicate).hasStatus(422);
        assertThat(api.body(duplicate).toString()).contains("already used by another configuration item");
    }

    @Test
    void theLifecycleIsAStateMachine() {
        long id = api.ci("rack", "rack", "");
        var disposeNow = api.send(
                "POST", CmdbApiSupport.AGENT, "/api/v1/cmdb/cis/" + id + "/status", "{\"status\":\"DISPOSED\"}");
        assertThat(disposeNow).hasStatus(409);
        assertThat(api.body(disposeNow).get("detail").asString()).contains("IN_USE", "DISPOSED");
        api.ok(
                api.send(
                        "POST", CmdbApiSupport.AGENT, "/api/v1/cmdb/cis/" + id + "/status", "{\"status\":\"RETIRED\"}"),
                200);
        assertThat(events.stream(CiRetired.class).filter(e -> e.ciId() == id)).hasSize(1);
        api.ok(
                api.send(
                        "POST",
                        CmdbApiSupport.AGENT,
                        "/api/v1/cmdb/cis/" + id + "/status",
                        "{\"status\":\"disposed\"}"),
                200);
        assertThat(api.send(
                        "POST", CmdbApiSupport.AGENT, "/api/v1/cmdb/cis/" + id + "/status", "{\"status\":\"BROKEN\"}"))
                .hasStatus(422);
        assertThat(api.send(
                        "POST", CmdbApiSupport.AGENT, "/api/v1/cmdb/cis/999999999/status", "{\"status\":\"IN_USE\"}"))
                .hasStatus(404);
    }

    @Test
    void listsWithFiltersAndKeysetPages() {
        String tag = dev.keel.TestAccounts.uniqueName("kslist");
        long a = api.ci("storage", tag + "-a", "\"attributes\":{\"capacity_tb\":\"40\"}");
        long b = api.ci("storage", tag + "-b", "\"attributes\":{\"capacity_tb\":\"80\"}");
        long c = api.ci("storage", tag + "-c", "\"attributes\":{\"capacity_tb\":\"40\"}");
        JsonNode first = api.ok(api.get("/api/v1/cmdb/cis?classCode=storage&q=" + tag + "&limit=2"), 200);
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("items").get(0).get("id").asLong()).isEqualTo(a);
        String cursor = first.get("nextCursor").asString();
        JsonNode second =
                api.ok(api.get("/api/v1/cmdb/cis?classCode=storage&q=" + tag + "&limit=2&cursor=" + cursor), 200);
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0).get("id").asLong()).isEqualTo(c);
        assertThat(second.get("nextCursor").isNull()).isTrue();
        JsonNode byAttribute =
                api.ok(api.get("/api/v1/cmdb/cis?classCode=storage&q=" + tag + "&attribute=capacity_tb&value=80"), 200);
        assertThat(byAttribute.get("items")).hasSize(1);
        assertThat(byAttribute.get("items").get(0).get("id").asLong()).isEqualTo(b);
        assertThat(api.get("/api/v1/cmdb/cis?attribute=capacity_tb&value=80")).hasStatus(422);
        assertThat(api.get("/api/v1/cmdb/cis?classCode=nope")).hasStatus(422);
        // an unknown enum value is a field error (ADR 0005), naming the parameter, with no Java type names
        assertThat(api.get("/api/v1/cmdb/cis?status=SHINY"))
                .hasStatus(422)
                .bodyText()
                .contains("status")
                .doesNotContain("dev.keel");
        assertThat(api.get("/api/v1/cmdb/cis?cursor=abc")).hasStatus(422);
        assertThat(api.get("/api/v1/cmdb/cis?limit=0")).hasStatus(422);
    }

    @Test
    void requestersMayNotUseTheCmdb() {
        assertThat(api.send("GET", CmdbApiSupport.REQUESTER, "/api/v1/cmdb/cis", ""))
                .hasStatus(403);
    }
}
