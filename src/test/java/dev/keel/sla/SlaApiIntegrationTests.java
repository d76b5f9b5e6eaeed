package dev.keel.sla;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.KeelIntegrationTest;
import dev.keel.TestAccounts;
import dev.keel.identity.Role;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import dev.keel.identity.domain.UserAccounts;
import dev.keel.sla.domain.CalendarDayView;
import dev.keel.sla.domain.Calendars;
import dev.keel.sla.domain.Clocks;
import dev.keel.sla.domain.SaveCalendar;
import dev.keel.sla.domain.SlaDefaults;
import dev.keel.ticket.Channel;
import dev.keel.ticket.OpenTicket;
import dev.keel.ticket.TicketType;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.domain.Tickets;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The SLA REST API: calendars with their validation and imports, policies, contracts, a ticket's state. */
@KeelIntegrationTest
class SlaApiIntegrationTests {

    private static final String ADMIN = TestAccounts.bearer("keel_demo_admin_2026");
    private static final String AGENT = TestAccounts.bearer("keel_demo_agent_2026");
    private static final String REQUESTER = TestAccounts.bearer("keel_demo_requester_2026");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Calendars calendars;

    @Autowired
    Tickets tickets;

    @Autowired
    Clocks clocks;

    @Autowired
    UserDirectory directory;

    @Autowired
    UserAccounts accounts;

    private long newCalendar() {
        java.util.Map<java.time.DayOfWeek, String> week = new java.util.EnumMap<>(java.time.DayOfWeek.class);
        for (var d : java.time.DayOfWeek.values()) {
            week.put(d, d.getValue() <= 5 ? "08:00-12:00,13:00-17:00" : "");
        }
        return calendars
                .create(
                        new SaveCalendar(TestAccounts.uniqueName("Berlin office"), "Europe/Berlin", week, "test"),
                        dev.keel.shared.Actor.SYSTEM)
                .id();
    }

    @Test
    void anOverlappingIntervalOrAnUnknownZoneIsAClearProblemAndCreatesNothing() {
        int before = calendars.list().size();
        String body = """
                {"name":"%s","zone":"Mars/Olympus","week":{"MONDAY":"09:00-12:00,11:00-18:00","TUESDAY":"18:00-09:00"}}""".formatted(TestAccounts.uniqueName("broken"));

        assertThat(mvc.post()
                        .uri("/api/v1/sla/calendars")
                        .header(HttpHeaders.AUTHORIZATION, ADMIN)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .hasStatus(422)
                .bodyText()
                .contains("hoursMonday", "overlap", "hoursTuesday", "zone");
        assertThat(calendars.list()).hasSize(before);
    }

    @Test
    void anIcsThatDoesNotParseNamesTheLineAndChangesNothing() {
        long id = newCalendar();
        String broken =
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:2026130\r\nEND:VCALENDAR\r\n";

        assertThat(mvc.post()
                        .uri("/api/v1/sla/calendars/{id}/import", id)
                        .header(HttpHeaders.AUTHORIZATION, ADMIN)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"format\":\"ics\",\"content\":" + json(broken) + "}"))
                .hasStatus(422)
                .bodyText()
                .contains("ICS file does not parse");
        assertThat(calendars.days(id, null)).isEmpty();
    }

    @Test
    void aScheduleWithADateOutOfRangeIsRefusedWholeEvenWhenOtherDaysAreFine() {
        long id = newCalendar();
        String schedule = """
                {"year":2026,"days":[{"date":"2026-10-01","type":"off","name":"国庆节"},
                 {"date":"2126-10-02","type":"off","name":"typo"}]}""";

        assertThat(mvc.post()
                        .uri("/api/v1/sla/calendars/{id}/import", id)
                        .header(HttpHeaders.AUTHORIZATION, ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"format\":\"json\",\"content\":" + json(schedule) + "}"))
                .hasStatus(422)
                .bodyText()
                .contains("days[1].date");
        assertThat(calendars.days(id, null)).isEmpty();
    }

    @Test
    void anIcsImportIsPreviewedThenAppliedWithHolidaysPartialDaysAndWorkingDays() {
        long id = newCalendar();
        String ics = String.join(
                "\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Keel test//EN",
                "BEGIN:VEVENT",
                "UID:1@keel.test",
                "DTSTAMP:20260101T000000Z",
                "DTSTART;VALUE=DATE:20261225",
                "DTEND;VALUE=DATE:20261227",
                "SUMMARY:Weihnachten",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:2@keel.test",
                "DTSTAMP:20260101T000000Z",
                "DTSTART;TZID=Europe/Berlin:20261224T120000",
                "DTEND;TZID=Europe/Berlin:20261224T170000",
                "SUMMARY:Heiligabend (half day)",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:3@keel.test",
                "DTSTAMP:20260101T000000Z",
                "DTSTART;VALUE=DATE:20261219",
                "SUMMARY:Inventur working day",
                "END:VEVENT",
                "END:VCALENDAR",
                "");
        String request = "{\"format\":\"ics\",\"content\":" + json(ics) + "}";

        assertThat(mvc.post()
                        .uri("/api/v1/sla/calendars/{id}/import/preview", id)
                        .header(HttpHeaders.AUTHORIZATION, ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.changes.length()")
                .isEqualTo(4);
        assertThat(calendars.days(id, null)).isEmpty();

        assertThat(mvc.post()
                        .uri("/api/v1/sla/calendars/{id}/import", id)
                        .header(HttpHeaders.AUTHORIZATION, ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request))
                .hasStatusOk();
        assertThat(calendars.days(id, 2026))
                .extracting(CalendarDayView::date, CalendarDayView::kind, CalendarDayView::hours)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                java.time.LocalDate.of(2026, 12, 19), "WORKING", "08:00-12:00,13:00-17:00"),
                        org.assertj.core.groups.Tuple.tuple(
                                java.time.LocalDate.of(2026, 12, 24), "PARTIAL_HOLIDAY", "08:00-12:00"),
                        org.assertj.core.groups.Tuple.tuple(java.time.LocalDate.of(2026, 12, 25), "HOLIDAY", ""),
                        org.assertj.core.groups.Tuple.tuple(java.time.LocalDate.of(2026, 12, 26), "HOLIDAY", ""));
    }

    @Test
    void theMonthViewMarksTheNationalDayHolidaysAndTheMakeUpSunday() {
        long china = calendars.idOf(SlaDefaults.CHINA).orElseThrow();

        var month = assertThat(mvc.get()
                        .uri("/api/v1/sla/calendars/{id}/month/2026-09", china)
                        .header(HttpHeaders.AUTHORIZATION, ADMIN))
                .hasStatusOk()
                .bodyJson();
        month.extractingPath("$[19].date").isEqualTo("2026-09-20");
        month.extractingPath("$[19].kind").isEqualTo("MAKEUP");
        month.extractingPath("$[18].kind").isEqualTo("WEEKEND");
        month.extractingPath("$[24].kind").isEqualTo("HOLIDAY");
        assertThat(mvc.get()
                        .uri("/api/v1/sla/calendars/{id}/month/2026-13", china)
                        .header(HttpHeaders.AUTHORIZATION, ADMIN))
                .hasStatus(422);
    }

    @Test
    void onlyAdministratorsManageCalendarsAndPolicies() {
        assertThat(mvc.get().uri("/api/v1/sla/calendars").header(HttpHeaders.AUTHORIZATION, AGENT))
                .hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/sla/policies").header(HttpHeaders.AUTHORIZATION, REQUESTER))
                .hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/sla/policies").header(HttpHeaders.AUTHORIZATION, ADMIN))
                .hasStatusOk()
                .bodyText()
                .contains(SlaDefaults.DEFAULT_POLICY);
    }

    @Test
    void aPolicyWithABadTargetIsRefusedAndAGoodOneIsAddedLast() {
        long china = calendars.idOf(SlaDefaults.CHINA).orElseThrow();
        String name = TestAccounts.uniqueName("policy");
        String bad = """
                {"name":"%s","calendarId":%d,"pauseOn":["PENDING:NOBODY"],
                 "targets":[{"kind":"RESOLUTION","amount":0,"unit":"BUSINESS_HOURS"}],
                 "thresholds":[{"percent":80,"action":"NOTIFY_USER"}]}""".formatted(name, china);
        assertThat(mvc.post()
                        .uri("/api/v1/sla/policies")
                        .header(HttpHeaders.AUTHORIZATION, ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(bad))
                .hasStatus(422)
                .bodyText()
                .contains("targets[0]", "thresholds[0]", "pauseOn");

        String good = """
                {"name":"%s","calendarId":%d,"type":"SERVICE_REQUEST","active":false,
                 "targets":[{"kind":"RESOLUTION","amount":2,"unit":"BUSINESS_DAYS"}],
                 "thresholds":[{"percent":50,"action":"NOTIFY_ASSIGNEE"}]}""".formatted(name, china);
        assertThat(mvc.post()
                        .uri("/api/v1/sla/policies")
                        .header(HttpHeaders.AUTHORIZATION, ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(good))
                .hasStatus(201)
                .bodyJson()
                .extractingPath("$.targets[0].unit")
                .isEqualTo("BUSINESS_DAYS");
    }

    @Test
    void aTicketOfACustomerWithAContractTakesTheContractsPolicyAndItsStateIsOnTheApi() {
        UserSummary zhang = directory.findUser("zhang.san").orElseThrow();
        TicketView ticket = tickets.open(
                new OpenTicket(
                        TicketType.SERVICE_REQUEST,
                        TestAccounts.uniqueName("合同"),
                        "需要新的账号",
                        Channel.PORTAL,
                        null,
                        null,
                        null,
                        zhang.id()),
                zhang.id());

        TicketSla sla = Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> clocks.state(ticket.id()), s -> s.clocks().size() == 2);
        assertThat(sla.plans()).allMatch(p -> p.policyName().startsWith("ECM"));
        assertThat(sla.clocks())
                .filteredOn(c -> c.kind() == ClockKind.FIRST_RESPONSE)
                .singleElement()
                .satisfies(c -> assertThat(c.targetAmount()).isEqualTo(2));

        assertThat(mvc.get()
                        .uri("/api/v1/tickets/{id}/sla", ticket.number())
                        .header(HttpHeaders.AUTHORIZATION, REQUESTER))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.clocks.length()")
                .isEqualTo(2);
        UserSummary stranger = TestAccounts.user(accounts, Role.REQUESTER);
        String strangerToken =
                TestAccounts.bearer(TestAccounts.token(tokens, stranger, dev.keel.identity.ApiScope.READ));
        assertThat(mvc.get()
                        .uri("/api/v1/tickets/{id}/sla", ticket.id())
                        .header(HttpHeaders.AUTHORIZATION, strangerToken))
                .hasStatus(404);
    }

    @Autowired
    dev.keel.identity.domain.ApiTokens tokens;

    @Test
    void aContractForAnUnknownOrganisationOrWithInvertedDatesIsRefused() {
        String body = """
                {"organisationId":987654321,"name":"x","validFrom":"2026-05-01","validTo":"2026-04-01","policyId":1}""";
        assertThat(mvc.post()
                        .uri("/api/v1/sla/contracts")
                        .header(HttpHeaders.AUTHORIZATION, ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .hasStatus(422)
                .bodyText()
                .contains("organisationId", "validTo");
    }

    private static String json(String text) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(text);
    }
}
