package dev.keel.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.keel.KeelIntegrationTest;
import dev.keel.TestAccounts;
import dev.keel.identity.Role;
import dev.keel.sla.domain.Calendars;
import dev.keel.sla.domain.Policies;
import dev.keel.sla.domain.SlaDefaults;
import dev.keel.ticket.domain.Tickets;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The SLA console pages and the queue's due column and views, as an administrator and an agent see them. */
@KeelIntegrationTest
class SlaAdminPagesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Calendars calendars;

    @Autowired
    Policies policies;

    @Autowired
    Tickets tickets;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    dev.keel.audit.AuditLog audit;

    @Test
    void theMonthViewShowsHolidaysAndTheMakeUpSundayOfNationalDay2026() {
        long china = calendars.idOf(SlaDefaults.CHINA).orElseThrow();

        assertThat(mvc.get()
                        .uri("/admin/sla/calendars/{id}/month?month=2026-09", china)
                        .with(TestAccounts.signedIn("admin", Role.ADMIN))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"day-2026-09-20\"", "data-kind=\"MAKEUP\"", "国庆节补班", "中秋节", "调休补班");
        assertThat(mvc.get()
                        .uri("/admin/sla/calendars/{id}/month?month=2026-9x", china)
                        .with(TestAccounts.signedIn("admin", Role.ADMIN)))
                .hasStatus(422);
        assertThat(mvc.get()
                        .uri("/admin/sla/calendars/{id}/month", china)
                        .with(TestAccounts.signedIn("li.na", Role.AGENT)))
                .hasStatus(403);
    }

    @Test
    void overlappingHoursAreShownNextToTheFieldAndNothingIsSaved() {
        String name = TestAccounts.uniqueName("重叠");

        assertThat(mvc.post()
                        .uri("/admin/sla/calendars")
                        .with(TestAccounts.signedIn("admin", Role.ADMIN))
                        .with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
                        .param("name", name)
                        .param("zone", "Asia/Shanghai")
                        .param("hoursMonday", "09:00-12:00,11:30-18:00")
                        .param("hoursTuesday", "25:00-26:00"))
                .hasStatus(422)
                .bodyText()
                .contains("时段 09:00-12:00 与 11:30-18:00 重叠", "时间范围为 00:00 到 24:00");
        assertThat(calendars.idOf(name)).isEmpty();
    }

    @Test
    void anImportIsPreviewedBeforeItIsAppliedAndABrokenFileChangesNothing() {
        long china = calendars.idOf(SlaDefaults.CHINA).orElseThrow();
        int before = calendars.days(china, null).size();
        MockMultipartFile broken = new MockMultipartFile(
                "file", "holidays.ics", "text/calendar", "BEGIN:VCALENDAR\nGARBAGE".getBytes(StandardCharsets.UTF_8));

        assertThat(mvc.post()
                        .uri("/admin/sla/calendars/{id}/import", china)
                        .multipart()
                        .file(broken)
                        .param("format", "ics")
                        .with(TestAccounts.signedIn("admin", Role.ADMIN))
                        .with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .hasStatus(422)
                .bodyText()
                .contains("The file was not imported; nothing was changed.", "does not parse");

        assertThat(mvc.post()
                        .uri("/admin/sla/calendars/{id}/import", china)
                        .param("officialYear", "2025")
                        .with(TestAccounts.signedIn("admin", Role.ADMIN))
                        .with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .hasStatusOk()
                .bodyText()
                .contains("Nothing would change.");
        assertThat(calendars.days(china, null)).hasSize(before);
    }

    @Test
    void anAdminSavesAPolicyFromTheTargetGridAndABadCellIsExplained() {
        long china = calendars.idOf(SlaDefaults.CHINA).orElseThrow();
        String name = TestAccounts.uniqueName("网格策略");

        assertThat(mvc.post()
                        .uri("/admin/sla/policies")
                        .with(TestAccounts.signedIn("admin", Role.ADMIN))
                        .with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .param("name", name)
                        .param("calendarId", Long.toString(china))
                        .param("target.RESOLUTION.ALL.amount", "abc")
                        .param("target.RESOLUTION.ALL.unit", "BUSINESS_DAYS"))
                .hasStatus(422)
                .bodyText()
                .contains("A target needs a clock, an amount and a unit.");

        assertThat(mvc.post()
                        .uri("/admin/sla/policies")
                        .with(TestAccounts.signedIn("admin", Role.ADMIN))
                        .with(csrf())
                        .param("name", name)
                        .param("calendarId", Long.toString(china))
                        .param("active", "false")
                        .param("pauseOn", "PENDING:REQUESTER")
                        .param("target.FIRST_RESPONSE.ALL.amount", "30")
                        .param("target.FIRST_RESPONSE.ALL.unit", "BUSINESS_MINUTES")
                        .param("target.RESOLUTION.P1.amount", "8")
                        .param("target.RESOLUTION.P1.unit", "BUSINESS_HOURS")
                        .param("threshold.0.percent", "80")
                        .param("threshold.0.action", "NOTIFY_USER")
                        .param("threshold.0.user", "huang.wei"))
                .hasStatus3xxRedirection();
        PolicyView saved = policies.list().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(saved.targets()).hasSize(2);
        assertThat(saved.thresholds())
                .singleElement()
                .satisfies(t -> assertThat(t.percent()).isEqualTo(80));
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(
                        () -> audit
                                .page("service-level.policy-created", dev.keel.shared.Keyset.PageRequest.first(50))
                                .items()
                                .stream()
                                .anyMatch(e ->
                                        e.details().contains(name) && e.actor().equals("admin")));
        assertThat(mvc.get()
                        .uri("/admin/sla/policies/{id}", saved.id())
                        .with(TestAccounts.signedIn("admin", Role.ADMIN)))
                .hasStatusOk()
                .bodyText()
                .contains("huang.wei", name);
    }

    @Test
    void theQueueShowsTheDueColumnAndTheBreachedViewListsOnlyOverdueTickets() {
        long requester = jdbc.queryForObject("SELECT id FROM identity_user WHERE username = 'zhang.san'", Long.class);
        var overdue = tickets.open(
                new dev.keel.ticket.OpenTicket(
                        null,
                        TestAccounts.uniqueName("overdue"),
                        "d",
                        dev.keel.ticket.Channel.PORTAL,
                        null,
                        null,
                        null,
                        requester),
                requester);
        var later = tickets.open(
                new dev.keel.ticket.OpenTicket(
                        null,
                        TestAccounts.uniqueName("later"),
                        "d",
                        dev.keel.ticket.Channel.PORTAL,
                        null,
                        null,
                        null,
                        requester),
                requester);
        // as if the SLA module had planned them: one long overdue (first in the due order), one due in a week
        org.awaitility.Awaitility.await()
                .until(() -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM ticket WHERE id IN (?, ?) AND due_at IS NOT NULL",
                                Integer.class,
                                overdue.id(),
                                later.id())
                        == 2);
        tickets.recordDueAt(overdue.id(), Instant.parse("2000-01-01T01:00:00Z"));
        tickets.recordDueAt(later.id(), Instant.now().plus(7, ChronoUnit.DAYS));

        assertThat(mvc.get()
                        .uri("/workspace?queue=BREACHED&sort=DUE&limit=5")
                        .with(TestAccounts.signedIn("admin", Role.ADMIN))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .hasStatusOk()
                .bodyText()
                .contains("Due", overdue.number(), "Breached")
                .doesNotContain(later.number());
        assertThat(mvc.get()
                        .uri("/workspace?queue=BREACHING_SOON&sort=DUE&limit=5")
                        .with(TestAccounts.signedIn("admin", Role.ADMIN)))
                .hasStatusOk()
                .bodyText()
                .contains(overdue.number())
                .doesNotContain(later.number());
        assertThat(jdbc.queryForObject("SELECT due_at FROM ticket WHERE id = ?", Timestamp.class, later.id()))
                .isNotNull();
    }
}
