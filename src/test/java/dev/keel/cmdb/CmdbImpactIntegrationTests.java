package dev.keel.cmdb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.KeelIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Impact analysis on a small estate: ERP service → ERP app → (database → DB server) and (app cluster of
 * two servers needing one healthy member).
 */
@KeelIntegrationTest
class CmdbImpactIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    CmdbApiSupport api;
    long service;
    long app;
    long database;
    long dbServer;
    long cluster;
    long node1;
    long node2;
    long rack;

    @BeforeEach
    void setUp() {
        api = new CmdbApiSupport(mvc, json);
        service = api.ci("business_service", "erp", "");
        app = api.ci("application", "erp-app", "");
        database = api.ci("database", "erp-db", "\"attributes\":{\"engine\":\"oracle\"}");
        dbServer = api.ci("server", "db-srv", "");
        cluster = api.ci("technical_service", "app-cluster", "\"minHealthyMembers\":1");
        node1 = api.ci("server", "node", "");
        node2 = api.ci("server", "node", "");
        rack = api.ci("rack", "rack", "");
        api.relate(service, "depends_on", app);
        api.relate(app, "depends_on", database);
        api.relate(database, "runs_on", dbServer);
        api.relate(dbServer, "hosted_in", rack);
        api.relate(app, "runs_on", cluster);
        api.relate(node1, "member_of_cluster", cluster);
        api.relate(node2, "member_of_cluster", cluster);
        api.relate(dbServer, "backed_up_by", node1);
    }

    static List<Long> ids(JsonNode nodes) {
        List<Long> out = new ArrayList<>();
        nodes.forEach(n -> out.add(n.get("id").asLong()));
        return out;
    }

    @Test
    void aFailedDatabaseServerTakesTheErpServiceDown() {
        JsonNode impact = api.ok(api.get("/api/v1/cmdb/cis/" + dbServer + "/impact"), 200);
        assertThat(ids(impact.get("failed"))).containsExactly(dbServer);
        assertThat(ids(impact.get("affected"))).containsExactlyInAnyOrder(database, app, service);
        assertThat(ids(impact.get("affectedBusinessServices"))).containsExactly(service);
        JsonNode erp = impact.get("affected").get(2);
        assertThat(erp.get("level").asInt()).isEqualTo(3);
    }

    @Test
    void theDepthLimitStopsTheWalk() {
        JsonNode impact = api.ok(api.get("/api/v1/cmdb/cis/" + rack + "/impact?depth=2"), 200);
        assertThat(ids(impact.get("affected"))).containsExactlyInAnyOrder(dbServer, database);
        assertThat(api.get("/api/v1/cmdb/cis/" + rack + "/impact?depth=0")).hasStatus(422);
        assertThat(api.get("/api/v1/cmdb/cis/" + rack + "/impact?depth=11")).hasStatus(422);
        assertThat(api.get("/api/v1/cmdb/cis/987654321/impact")).hasStatus(422);
    }

    @Test
    void aClusterStaysUpWhileEnoughMembersAreHealthy() {
        JsonNode one = api.ok(api.get("/api/v1/cmdb/cis/" + node1 + "/impact"), 200);
        assertThat(ids(one.get("affected"))).isEmpty();
        assertThat(ids(one.get("degradedClusters"))).containsExactly(cluster);

        JsonNode both = api.ok(
                api.send(
                        "POST",
                        CmdbApiSupport.AGENT,
                        "/api/v1/cmdb/impact",
                        "{\"ciIds\":[" + node1 + "," + node2 + "]}"),
                200);
        assertThat(ids(both.get("affected"))).containsExactlyInAnyOrder(cluster, app, service);
        assertThat(ids(both.get("degradedClusters"))).isEmpty();
        assertThat(api.send("POST", CmdbApiSupport.AGENT, "/api/v1/cmdb/impact", "{\"ciIds\":[]}"))
                .hasStatus(422);
    }

    @Test
    void theReverseWalkShowsWhatAServiceDependsOn() {
        JsonNode deps = api.ok(api.get("/api/v1/cmdb/cis/" + service + "/dependencies"), 200);
        assertThat(ids(deps.get("affected")))
                .containsExactlyInAnyOrder(app, database, dbServer, rack, cluster, node1, node2);
    }
}
