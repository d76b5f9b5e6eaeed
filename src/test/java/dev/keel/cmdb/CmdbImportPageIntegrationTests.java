package dev.keel.cmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.keel.KeelIntegrationTest;
import dev.keel.TestAccounts;
import dev.keel.identity.Role;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The console's CSV import: upload and preview (nothing written), confirm, the background run and its
 * progress fragment, and every kind of bad input answered with a localised message and no write.
 */
@KeelIntegrationTest
class CmdbImportPageIntegrationTests {

    static final RequestPostProcessor ADMIN = TestAccounts.signedIn("admin", Role.ADMIN);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    dev.keel.cmdb.domain.CiImportJobs jobs;

    MvcTestResult upload(RequestPostProcessor who, String fileName, byte[] bytes, Locale locale) {
        return mvc.post()
                .uri("/admin/cmdb/import")
                .multipart()
                .file(new MockMultipartFile("file", fileName, "text/csv", bytes))
                .with(who)
                .with(csrf())
                .locale(locale)
                .exchange();
    }

    MvcTestResult confirm(RequestPostProcessor who, long id) {
        return mvc.post()
                .uri("/admin/cmdb/import/" + id + "/confirm")
                .with(who)
                .with(csrf())
                .locale(Locale.ENGLISH)
                .exchange();
    }

    MvcTestResult page(RequestPostProcessor who, String uri, Locale locale) {
        return mvc.get().uri(uri).with(who).locale(locale).exchange();
    }

    static long idOf(MvcTestResult redirect) {
        assertThat(redirect).hasStatus3xxRedirection();
        Matcher m = Pattern.compile("/admin/cmdb/import/(\\d+)$")
                .matcher(String.valueOf(redirect.getResponse().getRedirectedUrl()));
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    int count(String prefix) {
        Integer n = jdbc.queryForObject("select count(*) from cmdb_ci where name like ?", Integer.class, prefix + "%");
        return n == null ? 0 : n;
    }

    int imports() {
        Integer n = jdbc.queryForObject("select count(*) from cmdb_import", Integer.class);
        return n == null ? 0 : n;
    }

    /** Polls the progress fragment as the page does until the import is over; returns its last text. */
    String awaitEnd(long id, Locale locale) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            String fragment =
                    CmdbPagesIntegrationTests.html(page(ADMIN, "/admin/cmdb/import/" + id + "/progress", locale));
            if (!fragment.contains("data-state=\"RUNNING\"")) {
                return fragment;
            }
            assertThat(fragment).contains("hx-trigger=\"every 1s\"");
            Thread.sleep(100);
        }
        throw new AssertionError("import " + id + " did not end");
    }

    @Test
    void previewListsFailingRowsConfirmRunsInTheBackgroundAndReimportUpdates() throws Exception {
        String p = TestAccounts.uniqueName("page-imp");
        String bad = "class,name,status,attr.ip_address\n"
                + "server," + p + "-1,IN_USE,10.78.0.1\n"
                + "server," + p + "-2,IN_USE,10.78.0.300\n"
                + "spaceship," + p + "-3,,\n";
        long refused = idOf(upload(ADMIN, "bad.csv", bad.getBytes(StandardCharsets.UTF_8), Locale.ENGLISH));
        String preview = CmdbPagesIntegrationTests.html(page(ADMIN, "/admin/cmdb/import/" + refused, Locale.ENGLISH));
        assertThat(preview)
                .contains("bad.csv", "id=\"count-rows\">3<", "id=\"count-failed\">2<", "Not an IP address.")
                .contains("data-row=\"3\"", "attributes.ip_address", "data-row=\"4\"", "classCode")
                .doesNotContain("id=\"import-confirm\"");
        var blocked = confirm(ADMIN, refused);
        assertThat(blocked).hasStatus(422);
        assertThat(CmdbPagesIntegrationTests.html(blocked)).contains("cannot be confirmed: 2 row(s) fail");
        assertThat(count(p)).isZero();

        String good = "class,name,status,attr.ip_address\n"
                + "server," + p + "-1,IN_USE,10.78.0.1\n"
                + "server," + p + "-2,IN_USE,10.78.0.2\n"
                + "rack," + p + "-3,,\n";
        long id = idOf(upload(ADMIN, "good.csv", good.getBytes(StandardCharsets.UTF_8), Locale.ENGLISH));
        String goodPreview = CmdbPagesIntegrationTests.html(page(ADMIN, "/admin/cmdb/import/" + id, Locale.ENGLISH));
        assertThat(goodPreview)
                .contains("id=\"count-create\">3<", "id=\"count-update\">0<", "id=\"import-confirm\"")
                .contains("Nothing has been written yet");
        assertThat(count(p)).isZero();

        assertThat(idOf(confirm(ADMIN, id))).isEqualTo(id);
        String done = awaitEnd(id, Locale.ENGLISH);
        assertThat(done)
                .contains("data-state=\"DONE\"", "aria-valuenow=\"100\"", "Imported 3 rows", "3 created, 0 updated");
        assertThat(count(p)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select done_rows from cmdb_import where id = ?", Integer.class, id))
                .isEqualTo(3);

        var twice = confirm(ADMIN, id);
        assertThat(twice).hasStatus(409);
        assertThat(CmdbPagesIntegrationTests.html(twice)).contains("This import was confirmed already.");

        String again = "class,name,status,attr.ip_address\n" + "server," + p + "-1,MAINTENANCE,10.78.0.1\n";
        long reimport = idOf(upload(ADMIN, "again.csv", again.getBytes(StandardCharsets.UTF_8), Locale.ENGLISH));
        assertThat(CmdbPagesIntegrationTests.html(page(ADMIN, "/admin/cmdb/import/" + reimport, Locale.ENGLISH)))
                .contains("id=\"count-create\">0<", "id=\"count-update\">1<");
        idOf(confirm(ADMIN, reimport));
        assertThat(awaitEnd(reimport, Locale.SIMPLIFIED_CHINESE)).contains("新建 0 个，更新 1 个");
        assertThat(count(p)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select status from cmdb_ci where name = ?", String.class, p + "-1"))
                .isEqualTo("MAINTENANCE");
    }

    @Test
    void anImportWhoseServerStoppedShowsAsInterruptedAndHousekeepingDropsOldFiles() {
        String p = TestAccounts.uniqueName("page-sweep");
        byte[] csv = ("class,name\nrack," + p + "-1\n").getBytes(StandardCharsets.UTF_8);
        long stopped = idOf(upload(ADMIN, "stopped.csv", csv, Locale.ENGLISH));
        long finished = idOf(upload(ADMIN, "finished.csv", csv, Locale.ENGLISH));
        long forgotten = idOf(upload(
                ADMIN, "forgotten.csv", "class,name\nspaceship,x\n".getBytes(StandardCharsets.UTF_8), Locale.ENGLISH));
        long fresh = idOf(upload(ADMIN, "fresh.csv", csv, Locale.ENGLISH));
        Instant now = Instant.now();
        // a run whose node stopped ten minutes ago, an import finished and one never confirmed 8 days ago
        jdbc.update(
                "update cmdb_import set state = 'RUNNING', started_at = ?, heartbeat_at = ? where id = ?",
                java.sql.Timestamp.from(now.minus(Duration.ofMinutes(10))),
                java.sql.Timestamp.from(now.minus(Duration.ofMinutes(10))),
                stopped);
        jdbc.update(
                "update cmdb_import set state = 'DONE', created_at = ?, finished_at = ? where id = ?",
                java.sql.Timestamp.from(now.minus(Duration.ofDays(8))),
                java.sql.Timestamp.from(now.minus(Duration.ofDays(8))),
                finished);
        jdbc.update(
                "update cmdb_import set created_at = ? where id = ?",
                java.sql.Timestamp.from(now.minus(Duration.ofDays(8))),
                forgotten);
        assertThat(jdbc.queryForObject(
                        "select count(*) from cmdb_import_problem where import_id = ?", Integer.class, forgotten))
                .isPositive();

        String shown = CmdbPagesIntegrationTests.html(
                page(ADMIN, "/admin/cmdb/import/" + stopped + "/progress", Locale.ENGLISH));
        assertThat(shown)
                .contains("data-state=\"FAILED\"", "The import was interrupted")
                .doesNotContain("hx-trigger");
        assertThat(CmdbPagesIntegrationTests.html(
                        page(ADMIN, "/admin/cmdb/import/" + stopped + "/progress", Locale.SIMPLIFIED_CHINESE)))
                .contains("导入被中断");

        jobs.sweep(now, Duration.ofDays(7));

        assertThat(jdbc.queryForObject("select state from cmdb_import where id = ?", String.class, stopped))
                .isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("select message from cmdb_import where id = ?", String.class, stopped))
                .isEqualTo("cmdb.import.interrupted");
        assertThat(jdbc.queryForObject(
                        "select count(*) from cmdb_import where id = ? and content is null and state = 'DONE'",
                        Integer.class,
                        finished))
                .isOne();
        assertThat(jdbc.queryForObject("select count(*) from cmdb_import where id = ?", Integer.class, forgotten))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from cmdb_import_problem where import_id = ?", Integer.class, forgotten))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from cmdb_import where id = ? and content is not null and state = 'PREVIEWED'",
                        Integer.class,
                        fresh))
                .isOne();
        assertThat(page(ADMIN, "/admin/cmdb/import/" + forgotten, Locale.ENGLISH))
                .hasStatus(404);
        assertThat(count(p)).isZero();
    }

    @Test
    void someoneElsesOrAnUnknownImportIsNotFoundAndNothingIsWritten() {
        String p = TestAccounts.uniqueName("page-other");
        String csv = "class,name\nrack," + p + "-1\n";
        long id = idOf(upload(ADMIN, "mine.csv", csv.getBytes(StandardCharsets.UTF_8), Locale.ENGLISH));
        RequestPostProcessor other = TestAccounts.signedIn(TestAccounts.uniqueName("admin2"), Role.ADMIN);
        assertThat(page(other, "/admin/cmdb/import/" + id, Locale.ENGLISH)).hasStatus(404);
        assertThat(page(other, "/admin/cmdb/import/" + id + "/progress", Locale.ENGLISH))
                .hasStatus(404);
        assertThat(confirm(other, id)).hasStatus(404);
        assertThat(confirm(ADMIN, 987_654_321L)).hasStatus(404);
        assertThat(page(ADMIN, "/admin/cmdb/import/abc", Locale.ENGLISH)).hasStatus(400);
        assertThat(count(p)).isZero();
        assertThat(jdbc.queryForObject("select state from cmdb_import where id = ?", String.class, id))
                .isEqualTo("PREVIEWED");
        RequestPostProcessor agent = TestAccounts.signedIn("li.na", Role.AGENT);
        assertThat(page(agent, "/admin/cmdb/import", Locale.ENGLISH)).hasStatus(403);
        assertThat(upload(agent, "x.csv", csv.getBytes(StandardCharsets.UTF_8), Locale.ENGLISH))
                .hasStatus(403);
    }

    @Test
    void badFilesGetOneLocalisedMessageAndKeepNothing() {
        int before = imports();
        var noFile = mvc.post()
                .uri("/admin/cmdb/import")
                .with(ADMIN)
                .with(csrf())
                .locale(Locale.ENGLISH)
                .param("file", "")
                .exchange();
        assertThat(noFile).hasStatus(422);
        assertThat(CmdbPagesIntegrationTests.html(noFile)).contains("Choose a CSV file to upload.");
        var noPart = mvc.post()
                .uri("/admin/cmdb/import")
                .multipart()
                .file(new MockMultipartFile("other", "x.csv", "text/csv", new byte[] {1}))
                .with(ADMIN)
                .with(csrf())
                .locale(Locale.SIMPLIFIED_CHINESE)
                .exchange();
        assertThat(CmdbPagesIntegrationTests.html(noPart)).contains("请选择要上传的 CSV 文件。");

        var empty = upload(ADMIN, "empty.csv", new byte[0], Locale.ENGLISH);
        assertThat(empty).hasStatus(422);
        assertThat(CmdbPagesIntegrationTests.html(empty)).contains("id=\"import-error\"", "The file is empty.");

        byte[] huge = new byte[10 * 1024 * 1024 + 10];
        new Random(3).nextBytes(huge);
        var tooLarge = upload(ADMIN, "huge.csv", huge, Locale.ENGLISH);
        assertThat(tooLarge).hasStatus(422);
        assertThat(CmdbPagesIntegrationTests.html(tooLarge)).contains("The file is larger than 10 MB.");

        byte[] binary = new byte[4096];
        new Random(4).nextBytes(binary);
        var garbage = upload(ADMIN, "photo.jpg", binary, Locale.ENGLISH);
        assertThat(garbage).hasStatus(422);
        assertThat(CmdbPagesIntegrationTests.html(garbage)).containsAnyOf("neither UTF-8 nor GBK", "not a CSV file");

        var columns = upload(
                ADMIN, "cols.csv", "名称,状态\nx,IN_USE\n".getBytes(Charset.forName("GBK")), Locale.SIMPLIFIED_CHINESE);
        assertThat(columns).hasStatus(422);
        assertThat(CmdbPagesIntegrationTests.html(columns)).contains("表头缺少列：class, name。");

        var relationColumns =
                upload(ADMIN, "rel.csv", "source,target\na,b\n".getBytes(StandardCharsets.UTF_8), Locale.ENGLISH);
        assertThat(CmdbPagesIntegrationTests.html(relationColumns))
                .contains("lacks the column(s): source_class, type, target_class");
        assertThat(imports()).isEqualTo(before);
    }
}
