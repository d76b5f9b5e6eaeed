package dev.keel.cmdb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.KeelIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Relations: the rules they obey, their history and events. */
@KeelIntegrationTest
@RecordApplicationEvents
class CmdbRelationsIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationEvents events;

    CmdbApiSupport api;

    @BeforeEach
    void setUp() {
        api = new CmdbApiSupport(mvc, json);
    }

    @Test
    void addsListsAndRemovesRelationsKeepingTheirHistory() {
        long app = api.ci("application", "app", "");
        long server = api.ci("server", "srv", "");
        long relation = api.relate(app, "runs_on", server);
        assertThat(events.stream(RelationAdded.class).filter(e -> e.relationId() == relation))
                .hasSize(1);
        JsonNode of = api.ok(api.get("/api/v1/cmdb/cis/" + server + "/relations"), 200);
        assertThat(of.get("incoming").get(0).get("sourceId").asLong()).isEqualTo(app);
        assertThat(of.get("incoming").get(0).get("type").asString()).isEqualTo("runs_on");
        assertThat(api.tryRelate(app, "runs_on", server)).hasStatus(409);

        assertThat(api.send("DELETE", CmdbApiSupport.AGENT, "/api/v1/cmdb/relations/" + relation, ""))
                .hasStatus(204);
        assertThat(events.stream(RelationRemoved.class).filter(e -> e.relationId() == relation))
                .hasSize(1);
        assertThat(api.get("/api/v1/cmdb/relations/" + relation)).hasStatus(404);
        assertThat(api.send("DELETE", CmdbApiSupport.AGENT, "/api/v1/cmdb/relations/" + relation, ""))
                .hasStatus(404);
    }

    @Test
    void refusesSelfDanglingRetiredAndUnknownTypes() {
        long a = api.ci("server", "a", "");
        var self = api.tryRelate(a, "depends_on", a);
        assertThat(self).hasStatus(422);
        assertThat(api.body(self).toString()).contains("cannot be related to itself");
        var dangling = api.tryRelate(a, "depends_on", 987654321L);
        assertThat(dangling).hasStatus(422);
        assertThat(CmdbApiSupport.fields(api.body(dangling))).contains("targetId");
        assertThat(CmdbApiSupport.fields(api.body(api.tryRelate(a, "loves", a))))
                .contains("type");

        long retired = api.ci("server", "old", "");
        api.ok(
                api.send(
                        "POST",
                        CmdbApiSupport.AGENT,
                        "/api/v1/cmdb/cis/" + retired + "/status",
                        "{\"status\":\"RETIRED\"}"),
                200);
        var toRetired = api.tryRelate(a, "depends_on", retired);
        assertThat(toRetired).hasStatus(422);
        assertThat(api.body(toRetired).toString()).contains("is retired");
        assertThat(api.send("POST", CmdbApiSupport.AGENT, "/api/v1/cmdb/relations", "{}"))
                .hasStatus(422);
    }

    @Test
    void refusesAHostedInCycleButAllowsConnectsToCycles() {
        long vm = api.ci("virtual_machine", "vm", "");
        long host = api.ci("server", "host", "");
        long rack = api.ci("rack", "rack", "");
        api.relate(vm, "hosted_in", host);
        api.relate(host, "hosted_in", rack);
        var cycle = api.tryRelate(rack, "hosted_in", vm);
        assertThat(cycle).hasStatus(422);
        assertThat(api.body(cycle).toString()).contains("would close a cycle of 'hosted in'");

        long sw1 = api.ci("network_device", "sw", "\"attributes\":{\"device_type\":\"switch\"}");
        long sw2 = api.ci("network_device", "sw", "\"attributes\":{\"device_type\":\"switch\"}");
        api.relate(sw1, "connects_to", sw2);
        api.relate(sw2, "connects_to", sw1);
    }
}
