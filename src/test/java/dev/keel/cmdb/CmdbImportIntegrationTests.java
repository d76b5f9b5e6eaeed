package dev.keel.cmdb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.KeelIntegrationTest;
import dev.keel.TestAccounts;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** CSV import: preview without writing, all-or-nothing apply, update by key, encodings, garbage. */
@KeelIntegrationTest
class CmdbImportIntegrationTests {

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

    MvcTestResult post(String step, byte[] body) {
        return mvc.post()
                .uri("/api/v1/cmdb/import/" + step)
                .header(HttpHeaders.AUTHORIZATION, CmdbApiSupport.ADMIN)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.valueOf("text/csv"))
                .content(body)
                .exchange();
    }

    int count(String prefix) {
        Integer n = jdbc.queryForObject("select count(*) from cmdb_ci where name like ?", Integer.class, prefix + "%");
        return n == null ? 0 : n;
    }

    @Test
    void previewListsFailingRowsAndWritesNothingThenApplyImportsAndReimportUpdates() {
        String p = TestAccounts.uniqueName("imp");
        String csv = "class,name,status,criticality,attr.ip_address,attr.cpu_cores\n"
                + "server," + p + "-1,IN_USE,HIGH,10.77.0.1,8\n"
                + "server," + p + "-2,IN_USE,LOW,10.77.0.300,8\n"
                + "spaceship," + p + "-3,,,,\n";
        JsonNode preview = api.ok(post("preview", csv.getBytes(StandardCharsets.UTF_8)), 200);
        assertThat(preview.get("rows").asInt()).isEqualTo(3);
        assertThat(preview.get("applied").asBoolean()).isFalse();
        assertThat(preview.get("errors").toString())
                .contains("\"row\":3", "attributes.ip_address", "Not an IP address.", "\"row\":4", "classCode");
        assertThat(count(p)).isZero();

        JsonNode refused = api.ok(post("apply", csv.getBytes(StandardCharsets.UTF_8)), 422);
        assertThat(refused.get("applied").asBoolean()).isFalse();
        assertThat(count(p)).isZero();

        String good = "class,name,status,criticality,attr.ip_address,attr.cpu_cores\r\n"
                + "server," + p + "-1,IN_USE,HIGH,10.77.0.1,8\r\n"
                + "server,\"" + p + "-2\",IN_USE,LOW,10.77.0.2,\"16\"\r\n";
        JsonNode applied = api.ok(post("apply", good.getBytes(StandardCharsets.UTF_8)), 200);
        assertThat(applied.get("created").asInt()).isEqualTo(2);
        assertThat(count(p)).isEqualTo(2);

        String again = "class,name,status,criticality,attr.ip_address,attr.cpu_cores\n" + "server," + p
                + "-1,MAINTENANCE,HIGH,10.77.0.1,12\n";
        JsonNode reimport = api.ok(post("apply", again.getBytes(StandardCharsets.UTF_8)), 200);
        assertThat(reimport.get("updated").asInt()).isEqualTo(1);
        assertThat(reimport.get("created").asInt()).isZero();
        assertThat(count(p)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select status from cmdb_ci where name = ?", String.class, p + "-1"))
                .isEqualTo("MAINTENANCE");
    }

    @Test
    void importsGbkAndUtf8WithBom() {
        String p = TestAccounts.uniqueName("编码");
        String gbk = "class,name,location\nrack," + p + "-机柜甲,上海嘉定\n";
        api.ok(post("apply", gbk.getBytes(Charset.forName("GBK"))), 200);
        assertThat(jdbc.queryForObject("select location from cmdb_ci where name = ?", String.class, p + "-机柜甲"))
                .isEqualTo("上海嘉定");
        byte[] utf8 = ("\uFEFFclass,name,location\nrack," + p + "-机柜乙,苏州\n").getBytes(StandardCharsets.UTF_8);
        api.ok(post("apply", utf8), 200);
        assertThat(count(p)).isEqualTo(2);
    }

    @Test
    void garbageMissingColumnsAndHugeFilesGetOneClearError() {
        byte[] garbage = new byte[10 * 1024 * 1024 + 10];
        new Random(7).nextBytes(garbage);
        var huge = post("preview", garbage);
        assertThat(huge).hasStatus(422);
        assertThat(api.body(huge).toString()).contains("larger than 10 MB");

        byte[] binary = new byte[4096];
        new Random(8).nextBytes(binary);
        var bad = post("preview", binary);
        assertThat(bad).hasStatus(422);
        assertThat(api.body(bad).toString()).containsAnyOf("neither UTF-8 nor GBK", "not a CSV file");

        var columns = post("preview", "name,status\nx,IN_USE\n".getBytes(StandardCharsets.UTF_8));
        assertThat(api.body(columns).toString()).contains("lacks the column(s): class");
        assertThat(post("preview", new byte[0])).hasStatus(422);
        assertThat(post("preview", "class,name\n\"rack,open".getBytes(StandardCharsets.UTF_8)))
                .hasStatus(422);
        assertThat(mvc.post()
                        .uri("/api/v1/cmdb/import/preview")
                        .header(HttpHeaders.AUTHORIZATION, CmdbApiSupport.AGENT)
                        .contentType(MediaType.valueOf("text/csv"))
                        .content("class,name\n")
                        .exchange())
                .hasStatus(403);
    }

    int relations(String prefix) {
        Integer n = jdbc.queryForObject(
                "select count(*) from cmdb_relation r join cmdb_ci s on s.id = r.source_id where s.name like ?",
                Integer.class,
                prefix + "%");
        return n == null ? 0 : n;
    }

    @Test
    void relationsAreImportedWithTheChecksOfTheEditorAndNotDuplicated() {
        String p = TestAccounts.uniqueName("rel-imp");
        String cis = "class,name,status\n"
                + "server," + p + "-srv,IN_USE\n"
                + "rack," + p + "-rack,IN_USE\n"
                + "virtual_machine," + p + "-vm,IN_USE\n"
                + "server," + p + "-old,IN_USE\n";
        api.ok(post("apply", cis.getBytes(StandardCharsets.UTF_8)), 200);
        long old = jdbc.queryForObject("select id from cmdb_ci where name = ?", Long.class, p + "-old");
        api.ok(
                api.send(
                        "POST",
                        CmdbApiSupport.AGENT,
                        "/api/v1/cmdb/cis/" + old + "/status",
                        "{\"status\":\"RETIRED\"}"),
                200);

        String header = "source_class,source,type,target_class,target\n";
        String good = header
                + "server," + p + "-srv,hosted_in,rack," + p + "-rack\n"
                + "virtual_machine," + p + "-vm,runs_on,server," + p + "-srv\n";
        String bad = good
                + "server," + p + "-srv,hosted_in,rack," + p + "-nowhere\n"
                + "server," + p + "-srv,teleports_to,rack," + p + "-rack\n"
                + "server," + p + "-srv,depends_on,server," + p + "-srv\n"
                + "rack," + p + "-rack,hosted_in,server," + p + "-srv\n"
                + "server," + p + "-old,hosted_in,rack," + p + "-rack\n"
                + "spaceship," + p + "-x,hosted_in,rack," + p + "-rack\n";
        JsonNode preview = api.ok(post("preview", bad.getBytes(StandardCharsets.UTF_8)), 200);
        assertThat(preview.get("kind").asString()).isEqualTo("RELATIONS");
        assertThat(preview.get("rows").asInt()).isEqualTo(8);
        assertThat(preview.get("created").asInt()).isEqualTo(2);
        String errors = preview.get("errors").toString();
        assertThat(errors)
                .contains("{\"row\":4,\"field\":\"target\",\"message\":\"No configuration item '" + p
                        + "-nowhere' of class 'rack'.\"}")
                .contains("{\"row\":5,\"field\":\"type\",\"message\":\"Unknown relation type.\"}")
                .contains(
                        "{\"row\":6,\"field\":\"target\",\"message\":\"A configuration item cannot be related to itself.\"}")
                .contains("\"row\":7,\"field\":\"target\",\"message\":\"This relation would close a cycle")
                .contains("\"row\":8,\"field\":\"source\",\"message\":\"'" + p + "-old' is retired")
                .contains("{\"row\":9,\"field\":\"source_class\"");
        assertThat(relations(p)).isZero();
        assertThat(api.ok(post("apply", bad.getBytes(StandardCharsets.UTF_8)), 422)
                        .get("applied")
                        .asBoolean())
                .isFalse();
        assertThat(relations(p)).isZero();

        JsonNode applied = api.ok(post("apply", good.getBytes(StandardCharsets.UTF_8)), 200);
        assertThat(applied.get("created").asInt()).isEqualTo(2);
        assertThat(relations(p)).isEqualTo(2);
        JsonNode again = api.ok(post("apply", good.getBytes(StandardCharsets.UTF_8)), 200);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        assertThat(relations(p)).isEqualTo(2);
    }

    @Test
    void filesLongerThanOneBatchOfRowsImportWholeAndReportRowsAfterTheBatch() {
        String p = TestAccounts.uniqueName("batch");
        StringBuilder cis = new StringBuilder("class,name,location\n");
        for (int i = 0; i < 250; i++) {
            cis.append("rack,").append(p).append('-').append(i).append(",苏州\n");
        }
        JsonNode created = api.ok(post("apply", cis.toString().getBytes(StandardCharsets.UTF_8)), 200);
        assertThat(created.get("created").asInt()).isEqualTo(250);
        assertThat(count(p)).isEqualTo(250);
        StringBuilder links = new StringBuilder("source_class,source,type,target_class,target\n");
        for (int i = 0; i < 249; i++) {
            links.append("rack,")
                    .append(p)
                    .append('-')
                    .append(i)
                    .append(",connects_to,rack,")
                    .append(p)
                    .append('-')
                    .append(i + 1)
                    .append('\n');
        }
        links.append("rack,").append(p).append("-7,connects_to,rack,").append(p).append("-7\n");
        JsonNode refused = api.ok(post("apply", links.toString().getBytes(StandardCharsets.UTF_8)), 422);
        assertThat(refused.get("created").asInt()).isEqualTo(249);
        assertThat(refused.get("errors").toString()).contains("{\"row\":251,\"field\":\"target\"");
        assertThat(relations(p)).isZero();
        String good = links.substring(0, links.lastIndexOf("rack," + p + "-7,"));
        assertThat(api.ok(post("apply", good.getBytes(StandardCharsets.UTF_8)), 200)
                        .get("created")
                        .asInt())
                .isEqualTo(249);
        assertThat(relations(p)).isEqualTo(249);
    }
}
