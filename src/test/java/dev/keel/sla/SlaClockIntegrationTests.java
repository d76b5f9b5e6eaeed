package dev.keel.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.keel.KeelIntegrationTest;
import dev.keel.TestAccounts;
import dev.keel.identity.Role;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import dev.keel.identity.domain.UserAccounts;
import dev.keel.sla.domain.Clocks;
import dev.keel.sla.domain.EscalationAction;
import dev.keel.sla.domain.Escalations;
import dev.keel.sla.domain.PlanView;
import dev.keel.sla.domain.SavePolicy;
import dev.keel.sla.domain.TargetUnit;
import dev.keel.ticket.Channel;
import dev.keel.ticket.EntryKind;
import dev.keel.ticket.Impact;
import dev.keel.ticket.OpenTicket;
import dev.keel.ticket.PendingReason;
import dev.keel.ticket.Priority;
import dev.keel.ticket.TicketType;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.TicketViewer;
import dev.keel.ticket.Urgency;
import dev.keel.ticket.domain.TicketViewers;
import dev.keel.ticket.domain.TicketWork;
import dev.keel.ticket.domain.Tickets;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * SLA clocks end to end, through ticket events, on a clock the test moves and with real SMTP
 * (GreenMail on port 3225). Its own context because of that clock; every test sets the time it needs.
 */
@KeelIntegrationTest
class SlaClockIntegrationTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final MutableClock CLOCK = new MutableClock(at("2026-09-18T17:00"));

    @RegisterExtension
    static GreenMailExtension greenMail =
            new GreenMailExtension(new ServerSetup(3225, "127.0.0.1", "smtp")).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> 3225);
        // the job runs when the tests call it; the scheduled run would only repeat it
        registry.add("keel.sla.check-interval", () -> "PT1H");
    }

    @TestConfiguration
    static class TravellingClock {

        @Bean
        @Primary
        Clock slaTestClock() {
            return CLOCK;
        }
    }

    @Autowired
    Tickets tickets;

    @Autowired
    TicketWork work;

    @Autowired
    TicketViewers viewers;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserDirectory directory;

    @Autowired
    Clocks clocks;

    @Autowired
    Escalations escalations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor")
    java.util.concurrent.Executor listeners;

    /**
     * Each test leaves no listener work behind. The tests move the clock, and the escalation runs then
     * warn and breach every ticket with a running clock in the shared test database, other classes'
     * tickets too: hundreds of listener invocations (alerts, mails) that the next test's SLA planning
     * would otherwise queue behind, longer than its wait (seen once on PostgreSQL in CI).
     */
    @org.junit.jupiter.api.AfterEach
    void listenersAreIdle() {
        assertThat(listeners).isInstanceOf(org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor.class);
        var pool = (org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor) listeners;
        Awaitility.await()
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> pool.getActiveCount() == 0 && pool.getQueueSize() == 0);
    }

    static Instant at(String shanghaiLocal) {
        return LocalDateTime.parse(shanghaiLocal).atZone(SHANGHAI).toInstant();
    }

    private UserSummary requester() {
        return TestAccounts.user(accounts, Role.REQUESTER);
    }

    /** A P2 incident (significant impact, high urgency) for a requester without a contract. */
    private TicketView openP2(UserSummary requester, String title) {
        TicketView t = tickets.open(
                new OpenTicket(
                        TicketType.INCIDENT,
                        title,
                        "数据库连接超时 database timeouts",
                        Channel.PORTAL,
                        null,
                        Impact.SIGNIFICANT,
                        Urgency.HIGH,
                        requester.id()),
                requester.id());
        assertThat(t.priority()).isEqualTo(Priority.P2);
        return t;
    }

    private TicketSla awaitSla(long ticketId, Predicate<TicketSla> condition) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> clocks.state(ticketId), condition);
    }

    private static ClockView clock(TicketSla sla, ClockKind kind) {
        return sla.clocks().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    private long liNa() {
        return directory.findUser("li.na").orElseThrow().id();
    }

    private TicketView assignToLiNa(TicketView t) {
        long sd = directory.findGroup("SD").orElseThrow().id();
        return tickets.assign(t.id(), sd, liNa(), liNa());
    }

    @Test
    void aP2OpenedAtFiveOnTheFridayBeforeTheMakeUpSundayIsDueWhereAHumanWouldPutIt() throws Exception {
        CLOCK.set(at("2026-09-18T17:00"));
        UserSummary requester = requester();
        TicketView ticket = openP2(requester, TestAccounts.uniqueName("国庆补班"));

        TicketSla sla = awaitSla(ticket.id(), s -> s.clocks().size() == 3);

        // 1 h on Friday, Saturday off, Sunday 20 September is an official make-up working day: 3 h until 12:00
        assertThat(clock(sla, ClockKind.FIRST_RESPONSE).dueAt()).isEqualTo(at("2026-09-20T12:00"));
        // 3 business days: Sunday (make-up), Monday, Tuesday, at the local time it was opened
        assertThat(clock(sla, ClockKind.RESOLUTION).dueAt()).isEqualTo(at("2026-09-22T17:00"));
        assertThat(clock(sla, ClockKind.RESOLUTION).state()).isEqualTo(ClockState.RUNNING);
        assertThat(sla.plans()).hasSize(3).allMatch(p -> p.reason().equals("OPENED"));
        assertThat(jdbc.queryForObject("SELECT due_at FROM ticket WHERE id = ?", java.sql.Timestamp.class, ticket.id())
                        .toInstant())
                .isEqualTo(at("2026-09-20T12:00"));

        accounts.savePreferences(requester.username(), java.util.Locale.SIMPLIFIED_CHINESE, "Asia/Shanghai");
        mvc.perform(get("/sla/tickets/{id}/panel", ticket.id())
                        .with(TestAccounts.signedIn(requester.username(), Role.REQUESTER)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("2026-09-20 12:00")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("2026-09-22 17:00")));
        UserSummary stranger = requester();
        mvc.perform(get("/sla/tickets/{id}/panel", ticket.id())
                        .with(TestAccounts.signedIn(stranger.username(), Role.REQUESTER)))
                .andExpect(status().isNotFound());
    }

    @Test
    void pendingOnTheRequesterPausesTheClocksAndTheirReplyResumesThem() {
        CLOCK.set(at("2026-09-18T17:00"));
        UserSummary requester = requester();
        TicketView ticket = assignToLiNa(openP2(requester, TestAccounts.uniqueName("pending")));
        TicketViewer agent = viewers.of(liNa());
        awaitSla(ticket.id(), s -> s.clocks().size() == 3);

        CLOCK.set(at("2026-09-18T17:30"));
        TicketView started = work.start(ticket.id(), agent, null);
        work.pend(ticket.id(), agent, PendingReason.REQUESTER, started.version());
        TicketSla paused =
                awaitSla(ticket.id(), s -> clock(s, ClockKind.RESOLUTION).state() == ClockState.PAUSED);
        assertThat(clock(paused, ClockKind.RESOLUTION).elapsed()).isEqualTo(Duration.ofMinutes(30));
        assertThat(clock(paused, ClockKind.FIRST_RESPONSE).state()).isEqualTo(ClockState.PAUSED);

        // the weekend make-up Sunday passes while the ticket waits: none of it counts
        CLOCK.set(at("2026-09-21T10:00"));
        assertThat(clock(clocks.state(ticket.id()), ClockKind.RESOLUTION).elapsed())
                .isEqualTo(Duration.ofMinutes(30));
        work.reply(ticket.id(), viewers.of(requester.id()), EntryKind.PUBLIC_REPLY, "日志已附上 logs attached", 0);

        TicketSla resumed =
                awaitSla(ticket.id(), s -> clock(s, ClockKind.RESOLUTION).state() == ClockState.RUNNING);
        // 22.5 business hours in all (Fri 1 h + Sun, Mon 7.5 h + Tue to 17:00 6.5 h), 0.5 h used:
        // 22 h from Monday 10:00 end on Thursday 09:30
        assertThat(clock(resumed, ClockKind.RESOLUTION).dueAt()).isEqualTo(at("2026-09-24T09:30"));
        assertThat(resumed.plans()).anyMatch(p -> p.reason().equals("RESUMED") && p.kind() == ClockKind.RESOLUTION);
    }

    @Test
    void aWarningMailGoesOutOnceAt75PercentAndTheBreachEscalatesOnceAfterDowntime() throws Exception {
        // far in the future, so that no other test context's job (on a shared PostgreSQL) sees these clocks due
        CLOCK.set(at("2099-03-02T09:00"));
        TicketView ticket = assignToLiNa(openP2(requester(), TestAccounts.uniqueName("超时")));
        TicketSla sla = awaitSla(ticket.id(), s -> s.clocks().size() == 3);
        long firstResponse = clock(sla, ClockKind.FIRST_RESPONSE).id();
        String liNaMail = directory.findUser("li.na").orElseThrow().email();

        // 3 of the 4 business hours of the first response have passed at 12:00; the check runs at 12:10
        CLOCK.set(at("2099-03-02T12:10"));
        escalations.run(CLOCK.instant());
        escalations.run(CLOCK.instant());
        List<MimeMessage> warnings = awaitMails(liNaMail, ticket.number(), 1);
        assertThat(fired(firstResponse)).containsExactly(75);

        // the node was down past the due time (Monday 14:30) until Tuesday afternoon: two nodes catch up at once
        CLOCK.set(at("2099-03-03T16:00"));
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> escalations.run(CLOCK.instant()));
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> escalations.run(CLOCK.instant()));
        one.get();
        two.get();
        escalations.run(CLOCK.instant());

        assertThat(fired(firstResponse)).containsExactly(75, 100);
        List<MimeMessage> all = awaitMails(liNaMail, ticket.number(), 2);
        Thread.sleep(1500);
        all = mailsAbout(liNaMail, ticket.number());
        assertThat(all).hasSize(2);
        assertThat(warnings.get(0).getSubject()).contains("首次响应即将到期");
        assertThat(all.get(1).getSubject()).contains("首次响应已超时");
        TicketSla breached = clocks.state(ticket.id());
        assertThat(clock(breached, ClockKind.FIRST_RESPONSE).breached()).isTrue();
        assertThat(clock(breached, ClockKind.FIRST_RESPONSE).percent()).isGreaterThan(100);
    }

    @Test
    void aPriorityChangeReplansTheRunningClocksAndKeepsTheHistory() {
        CLOCK.set(at("2026-09-21T09:00"));
        TicketView ticket = assignToLiNa(openP2(requester(), TestAccounts.uniqueName("升级")));
        awaitSla(ticket.id(), s -> s.clocks().size() == 3);

        tickets.escalate(ticket.id(), Priority.P1, null, "升级 escalated");

        TicketSla replanned = awaitSla(
                ticket.id(), s -> s.plans().stream().anyMatch(p -> p.reason().equals("PRIORITY_CHANGED")));
        // P1: resolution in 24 hours around the clock, restoration in 4
        assertThat(clock(replanned, ClockKind.RESOLUTION).dueAt()).isEqualTo(at("2026-09-22T09:00"));
        assertThat(clock(replanned, ClockKind.RESTORATION).dueAt()).isEqualTo(at("2026-09-21T13:00"));
        assertThat(replanned.plans().stream().filter(p -> p.kind() == ClockKind.RESOLUTION))
                .extracting(PlanView::reason)
                .containsExactly("OPENED", "PRIORITY_CHANGED");
    }

    @Test
    void resolvingMeetsTheResolutionClockAndReopeningRunsItAgain() {
        CLOCK.set(at("2026-09-21T09:00"));
        UserSummary requester = requester();
        TicketView ticket = assignToLiNa(openP2(requester, TestAccounts.uniqueName("解决")));
        TicketViewer agent = viewers.of(liNa());
        awaitSla(ticket.id(), s -> s.clocks().size() == 3);

        CLOCK.set(at("2026-09-21T10:00"));
        work.reply(ticket.id(), agent, EntryKind.PUBLIC_REPLY, "正在处理 on it", 0);
        TicketSla responded =
                awaitSla(ticket.id(), s -> clock(s, ClockKind.FIRST_RESPONSE).state() == ClockState.MET);
        assertThat(clock(responded, ClockKind.FIRST_RESPONSE).elapsed()).isEqualTo(Duration.ofHours(1));

        CLOCK.set(at("2026-09-21T11:00"));
        TicketView current = tickets.find(ticket.id()).orElseThrow();
        work.resolve(ticket.id(), agent, dev.keel.ticket.ResolutionCode.SOLVED, "重启服务 restarted", current.version());
        TicketSla resolved =
                awaitSla(ticket.id(), s -> clock(s, ClockKind.RESOLUTION).state() == ClockState.MET);
        assertThat(jdbc.queryForObject("SELECT due_at FROM ticket WHERE id = ?", java.sql.Timestamp.class, ticket.id()))
                .isNull();
        assertThat(clock(resolved, ClockKind.RESOLUTION).elapsed()).isEqualTo(Duration.ofHours(2));

        CLOCK.set(at("2026-09-21T14:00"));
        current = tickets.find(ticket.id()).orElseThrow();
        work.reject(ticket.id(), viewers.of(requester.id()), "还是不行 still broken");
        TicketSla reopened =
                awaitSla(ticket.id(), s -> clock(s, ClockKind.RESOLUTION).state() == ClockState.RUNNING);
        assertThat(reopened.plans()).anyMatch(p -> p.reason().equals("REOPENED"));
        // 2 h used before; 22.5 − 2 = 20.5 h from Monday 14:00: Mon 4 h, Tue 7.5 h, Wed 7.5 h, Thu 1.5 h → 10:30
        assertThat(clock(reopened, ClockKind.RESOLUTION).dueAt()).isEqualTo(at("2026-09-24T10:30"));
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    /**
     * A ticket opened, resolved and accepted before the SLA listener first ran (one transaction here;
     * in life a busy listener queue or a replayed history) is judged at its resolution, not stopped
     * without a verdict because it is already closed when its clocks start.
     */
    @Test
    void aTicketResolvedAndClosedBeforeItsClocksStartedIsJudgedAtItsResolution() {
        UserSummary requester = requester();
        long sd = directory.findGroup("SD").orElseThrow().id();
        TicketViewer agent = viewers.of(liNa());
        long id = transactions.execute(tx -> {
            CLOCK.set(at("2026-09-21T09:00"));
            TicketView t = openP2(requester, TestAccounts.uniqueName("一次办结"));
            tickets.assign(t.id(), sd, liNa(), liNa());
            CLOCK.set(at("2026-09-21T10:30"));
            work.resolve(t.id(), agent, dev.keel.ticket.ResolutionCode.SOLVED, "已处理 done", null);
            work.accept(t.id(), viewers.of(requester.id()));
            return t.id();
        });
        assertThat(tickets.find(id).orElseThrow().status()).isEqualTo(dev.keel.ticket.TicketStatus.CLOSED);
        TicketSla sla = awaitSla(
                id, s -> s.clocks().size() == 3 && s.clocks().stream().noneMatch(c -> c.state() == ClockState.RUNNING));
        assertThat(clock(sla, ClockKind.RESOLUTION).state()).isEqualTo(ClockState.MET);
        assertThat(clock(sla, ClockKind.RESOLUTION).elapsed()).isEqualTo(Duration.ofMinutes(90));
        assertThat(clock(sla, ClockKind.RESTORATION).state()).isEqualTo(ClockState.MET);
    }

    @Autowired
    dev.keel.ticket.domain.Categories categories;

    @Autowired
    dev.keel.sla.domain.Policies policies;

    @Autowired
    dev.keel.sla.domain.Calendars calendars;

    @Test
    void editingThePolicysTargetReplansTheRunningClockAtTheTicketsNextChange() {
        CLOCK.set(at("2026-09-21T09:00"));
        String code = TestAccounts.uniqueName("slacat").replace('.', '-');
        long category = categories
                .create(
                        new dev.keel.ticket.domain.Categories.Draft(
                                null, code, "SLA test " + code, "SLA 测试 " + code, null, null, null, null, 1, true),
                        dev.keel.shared.Actor.SYSTEM)
                .id();
        long china = calendars.idOf(dev.keel.sla.domain.SlaDefaults.CHINA).orElseThrow();
        SavePolicy fast = new SavePolicy(
                "快速 " + code,
                null,
                null,
                null,
                category,
                china,
                java.util.Set.of("PENDING:REQUESTER"),
                List.of(new PolicyTarget(ClockKind.FIRST_RESPONSE, null, 1, TargetUnit.BUSINESS_HOURS, null)),
                List.of(),
                true);
        PolicyView policy = policies.create(fast, dev.keel.shared.Actor.SYSTEM);
        while (policies.list().getFirst().id() != policy.id()) {
            policies.move(policy.id(), true, dev.keel.shared.Actor.SYSTEM);
        }
        UserSummary requester = requester();
        TicketView ticket = assignToLiNa(tickets.open(
                new OpenTicket(
                        TicketType.SERVICE_REQUEST,
                        TestAccounts.uniqueName("分类"),
                        "d",
                        Channel.PORTAL,
                        category,
                        null,
                        null,
                        requester.id()),
                requester.id()));
        TicketSla planned = awaitSla(ticket.id(), s -> s.clocks().size() == 1);
        assertThat(clock(planned, ClockKind.FIRST_RESPONSE).dueAt()).isEqualTo(at("2026-09-21T10:00"));

        PolicyView current = policies.find(policy.id());
        policies.update(
                policy.id(),
                new SavePolicy(
                        current.name(),
                        null,
                        null,
                        null,
                        category,
                        china,
                        current.pauseOn(),
                        List.of(new PolicyTarget(ClockKind.FIRST_RESPONSE, null, 2, TargetUnit.BUSINESS_HOURS, null)),
                        List.of(),
                        true),
                current.version(),
                dev.keel.shared.Actor.SYSTEM);
        work.start(ticket.id(), viewers.of(liNa()), null);

        TicketSla replanned = awaitSla(
                ticket.id(), s -> s.plans().stream().anyMatch(p -> p.reason().equals("POLICY_CHANGED")));
        assertThat(clock(replanned, ClockKind.FIRST_RESPONSE).dueAt()).isEqualTo(at("2026-09-21T11:00"));
        policies.update(
                policy.id(),
                new SavePolicy(
                        current.name(),
                        null,
                        null,
                        null,
                        category,
                        china,
                        current.pauseOn(),
                        current.targets(),
                        List.of(),
                        false),
                policies.find(policy.id()).version(),
                dev.keel.shared.Actor.SYSTEM);
    }

    @Test
    void escalationsMoveTheTicketToAnotherGroupAndRaiseItsPriorityOnceEach() {
        CLOCK.set(at("2099-03-09T09:00"));
        String code = TestAccounts.uniqueName("esccat").replace('.', '-');
        long category = categories
                .create(
                        new dev.keel.ticket.domain.Categories.Draft(
                                null, code, "Escalation " + code, "升级 " + code, null, null, null, null, 1, true),
                        dev.keel.shared.Actor.SYSTEM)
                .id();
        long china = calendars.idOf(dev.keel.sla.domain.SlaDefaults.CHINA).orElseThrow();
        long net = directory.findGroup("NET").orElseThrow().id();
        PolicyView policy = policies.create(
                new SavePolicy(
                        "升级 " + code,
                        null,
                        null,
                        null,
                        category,
                        china,
                        java.util.Set.of(),
                        List.of(new PolicyTarget(ClockKind.RESOLUTION, null, 1, TargetUnit.BUSINESS_HOURS, null)),
                        List.of(
                                new Threshold(50, EscalationAction.REASSIGN_GROUP, null, net),
                                new Threshold(100, EscalationAction.RAISE_PRIORITY, null, null)),
                        true),
                dev.keel.shared.Actor.SYSTEM);
        while (policies.list().getFirst().id() != policy.id()) {
            policies.move(policy.id(), true, dev.keel.shared.Actor.SYSTEM);
        }
        UserSummary requester = requester();
        TicketView ticket = tickets.open(
                new OpenTicket(
                        TicketType.SERVICE_REQUEST,
                        TestAccounts.uniqueName("升级"),
                        "d",
                        Channel.PORTAL,
                        category,
                        Impact.MODERATE,
                        Urgency.MEDIUM,
                        requester.id()),
                requester.id());
        assertThat(ticket.priority()).isEqualTo(Priority.P3);
        awaitSla(ticket.id(), s -> s.clocks().size() == 1);

        CLOCK.set(at("2099-03-09T09:40"));
        escalations.run(CLOCK.instant());
        assertThat(tickets.find(ticket.id()).orElseThrow().groupId()).isEqualTo(net);

        CLOCK.set(at("2099-03-10T09:00"));
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> escalations.run(CLOCK.instant()));
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> escalations.run(CLOCK.instant()));
        one.join();
        two.join();
        escalations.run(CLOCK.instant());

        TicketView escalated = tickets.find(ticket.id()).orElseThrow();
        assertThat(escalated.priority()).isEqualTo(Priority.P2);
        assertThat(tickets.history(ticket.id()))
                .filteredOn(h -> h.field().equals("priority"))
                .singleElement()
                .satisfies(h -> assertThat(h.changedBy()).isNull());
        assertThat(tickets.entries(ticket.id()))
                .filteredOn(e -> e.kind() == EntryKind.SYSTEM)
                .hasSize(2);
        policies.update(
                policy.id(),
                new SavePolicy(
                        policy.name(),
                        null,
                        null,
                        null,
                        category,
                        china,
                        java.util.Set.of(),
                        policy.targets(),
                        List.of(),
                        false),
                policies.find(policy.id()).version(),
                dev.keel.shared.Actor.SYSTEM);
    }

    private List<Integer> fired(long clockId) {
        return jdbc.queryForList(
                "SELECT threshold_percent FROM sla_threshold_fired WHERE clock_id = ? ORDER BY threshold_percent",
                Integer.class,
                clockId);
    }

    /** Mails about the first-response clock of one ticket (restoration has thresholds of its own). */
    private static List<MimeMessage> mailsAbout(String address, String number) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.toString(m.getAllRecipients()).contains(address)
                                && m.getSubject().contains(number)
                                && m.getSubject().contains("首次响应");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static List<MimeMessage> awaitMails(String address, String number, int count) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> mailsAbout(address, number), m -> m.size() >= count);
    }
}
