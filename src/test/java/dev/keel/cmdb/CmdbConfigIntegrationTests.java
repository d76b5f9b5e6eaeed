package dev.keel.cmdb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.KeelIntegrationTest;
import dev.keel.TestAccounts;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Administering CI classes, attributes and relation types: permissions, validation, audit. */
@KeelIntegrationTest
class CmdbConfigIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    CmdbApiSupport api;

    @BeforeEach
    void setUp() {
        api = new CmdbApiSupport(mvc, json);
    }

    int audited(String action, String subject) {
        Integer n = jdbc.queryForObject(
                "select count(*) from audit_entry where action = ? and subject = ?", Integer.class, action, subject);
        return n == null ? 0 : n;
    }

    @Test
    void adminsDefineAClassWithTypedAttributesThatCisMustFollow() {
        String code = TestAccounts.uniqueName("ups").replace('.', '_');
        JsonNode created = api.ok(
                api.send(
                        "POST",
                        CmdbApiSupport.ADMIN,
                        "/api/v1/cmdb/classes",
                        "{\"code\":\"" + code + "\",\"nameZh\":\"不间断电源\",\"nameEn\":\"UPS\"}"),
                201);
        long id = created.get("id").asLong();
        JsonNode withAttribute = api.ok(
                api.send(
                        "POST",
                        CmdbApiSupport.ADMIN,
                        "/api/v1/cmdb/classes/" + id + "/attributes",
                        "{\"code\":\"phase\",\"kind\":\"CHOICE\",\"nameZh\":\"相数\",\"nameEn\":\"Phase\",\"required\":true,"
                                + "\"choices\":[\"single\",\"three\"],\"version\":"
                                + created.get("version").asLong() + "}"),
                201);
        assertThat(withAttribute.get("attributes").get(0).get("choices").toString())
                .contains("single", "three");
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(audited("cmdb.class.created", "cmdb-class:" + code)).isEqualTo(1);
            assertThat(audited("cmdb.attribute.created", "cmdb-class:" + code)).isEqualTo(1);
        });

        var missing = api.send(
                "POST",
                CmdbApiSupport.AGENT,
                "/api/v1/cmdb/cis",
                "{\"classCode\":\"" + code + "\",\"name\":\"UPS-1\"}");
        assertThat(CmdbApiSupport.fields(api.body(missing))).contains("attributes.phase");
        api.ok(
                api.send(
                        "POST",
                        CmdbApiSupport.AGENT,
                        "/api/v1/cmdb/cis",
                        "{\"classCode\":\"" + code + "\",\"name\":\"UPS-1\",\"attributes\":{\"phase\":\"three\"}}"),
                201);
    }

    @Test
    void badClassAndAttributeDefinitionsAreRefused() {
        var noNames = api.send("POST", CmdbApiSupport.ADMIN, "/api/v1/cmdb/classes", "{\"code\":\"x_thing\"}");
        assertThat(CmdbApiSupport.fields(api.body(noNames))).contains("nameZh", "nameEn");
        var badCode = api.send(
                "POST",
                CmdbApiSupport.ADMIN,
                "/api/v1/cmdb/classes",
                "{\"code\":\"Bad Code!\",\"nameZh\":\"坏\",\"nameEn\":\"Bad\"}");
        assertThat(CmdbApiSupport.fields(api.body(badCode))).contains("code");
        var taken = api.send(
                "POST",
                CmdbApiSupport.ADMIN,
                "/api/v1/cmdb/classes",
                "{\"code\":\"server\",\"nameZh\":\"服务器\",\"nameEn\":\"Server\"}");
        assertThat(taken).hasStatus(422);

        JsonNode server = api.ok(api.get("/api/v1/cmdb/classes"), 200)
                .valueStream()
                .filter(c -> c.get("code").asString().equals("server"))
                .findFirst()
                .orElseThrow();
        long id = server.get("id").asLong();
        var badKind = api.send(
                "POST",
                CmdbApiSupport.ADMIN,
                "/api/v1/cmdb/classes/" + id + "/attributes",
                "{\"code\":\"rating\",\"kind\":\"COLOUR\",\"nameZh\":\"评级\",\"nameEn\":\"Rating\",\"version\":"
                        + server.get("version").asLong() + "}");
        assertThat(CmdbApiSupport.fields(api.body(badKind))).contains("kind");
        var noChoices = api.send(
                "POST",
                CmdbApiSupport.ADMIN,
                "/api/v1/cmdb/classes/" + id + "/attributes",
                "{\"code\":\"tier\",\"kind\":\"CHOICE\",\"nameZh\":\"层\",\"nameEn\":\"Tier\",\"version\":"
                        + server.get("version").asLong() + "}");
        assertThat(CmdbApiSupport.fields(api.body(noChoices))).contains("choices");
        var changeType = api.send(
                "PUT",
                CmdbApiSupport.ADMIN,
                "/api/v1/cmdb/classes/" + id + "/attributes/ip_address",
                "{\"kind\":\"TEXT\",\"nameZh\":\"IP\",\"nameEn\":\"IP\",\"version\":"
                        + server.get("version").asLong() + "}");
        assertThat(CmdbApiSupport.fields(api.body(changeType))).contains("kind");
        var stale = api.send(
                "PUT",
                CmdbApiSupport.ADMIN,
                "/api/v1/cmdb/classes/" + id,
                "{\"nameZh\":\"服务器\",\"nameEn\":\"Server\",\"version\":-1}");
        assertThat(stale).hasStatus(409);
    }

    @Test
    void agentsMayNotChangeTheConfiguration() {
        assertThat(api.send(
                        "POST",
                        CmdbApiSupport.AGENT,
                        "/api/v1/cmdb/classes",
                        "{\"code\":\"nope\",\"nameZh\":\"不\",\"nameEn\":\"No\"}"))
                .hasStatus(403);
        assertThat(api.send("POST", CmdbApiSupport.AGENT, "/api/v1/cmdb/relation-types", "{}"))
                .hasStatus(403);
    }

    @Test
    void adminsDefineRelationTypesWithNamesForBothDirections() {
        String code = TestAccounts.uniqueName("feeds").replace('.', '_');
        JsonNode created = api.ok(
                api.send(
                        "POST",
                        CmdbApiSupport.ADMIN,
                        "/api/v1/cmdb/relation-types",
                        "{\"code\":\"" + code + "\",\"outgoingZh\":\"供数给\",\"outgoingEn\":\"feeds\","
                                + "\"incomingZh\":\"取数自\",\"incomingEn\":\"is fed by\",\"acyclic\":true,"
                                + "\"propagation\":\"TO_SOURCE\"}"),
                201);
        assertThat(created.get("incomingEn").asString()).isEqualTo("is fed by");
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(audited("cmdb.relationType.created", "cmdb-relation-type:" + code))
                        .isEqualTo(1));
        var missing = api.send(
                "POST",
                CmdbApiSupport.ADMIN,
                "/api/v1/cmdb/relation-types",
                "{\"code\":\"x_rel\",\"outgoingZh\":\"甲\",\"outgoingEn\":\"a\",\"propagation\":\"SIDEWAYS\"}");
        assertThat(missing).hasStatus(422);
    }
}
