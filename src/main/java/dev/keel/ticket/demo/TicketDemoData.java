package dev.keel.ticket.demo;

import dev.keel.identity.GroupSummary;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import dev.keel.ticket.Channel;
import dev.keel.ticket.DemoTicketsRecorded;
import dev.keel.ticket.DemoTicketsRecorded.WorkedTicket;
import dev.keel.ticket.TicketFilter;
import dev.keel.ticket.TicketStatus;
import dev.keel.ticket.domain.CannedResponses;
import dev.keel.ticket.domain.SavedViews;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo service desk (with {@code keel.ticket.seed-demo}, on by default in demo mode, off in the
 * test suite): canned responses in both languages, saved views for zhou.min and li.na, sixty days of
 * history ({@link DemoHistory}, {@value #HISTORY} tickets played through the domain at the times they
 * happened) and then the eight tickets of today that the README walks through ({@link TodaysTickets}).
 * Runs once, on a thread of its own after the application is ready (sign-in works meanwhile), after
 * the identity demo data and the demo categories, only while there is no ticket and no canned response
 * at all; when it is done it publishes {@link DemoTicketsRecorded} for the other modules' demo data. The
 * first of today's tickets (id {@value #HISTORY} + 1 on a fresh database) is zhang.san's printer
 * incident, in progress.
 */
@Component
class TicketDemoData {

    private static final Logger log = LoggerFactory.getLogger(TicketDemoData.class);
    static final int HISTORY = 292;

    private final boolean enabled;
    private final CannedResponses canned;
    private final SavedViews views;
    private final UserDirectory directory;
    private final JdbcClient jdbc;
    private final DemoServiceDesk desk;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TodaysTickets today;

    TicketDemoData(
            @Value("${keel.ticket.seed-demo:false}") boolean enabled,
            CannedResponses canned,
            SavedViews views,
            UserDirectory directory,
            JdbcClient jdbc,
            DemoServiceDesk desk,
            TodaysTickets today,
            ApplicationEventPublisher events,
            Clock clock) {
        this.enabled = enabled;
        this.canned = canned;
        this.views = views;
        this.directory = directory;
        this.jdbc = jdbc;
        this.desk = desk;
        this.today = today;
        this.events = events;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(200)
    void onReady() {
        if (!enabled || !empty() || directory.findUser("zhang.san").isEmpty()) {
            return;
        }
        Thread.ofPlatform().name("keel-demo-desk").daemon().start(this::record);
    }

    private void record() {
        try {
            long started = System.nanoTime();
            cannedResponses();
            savedViews();
            List<WorkedTicket> worked = new ArrayList<>(desk.record(DemoHistory.plan(clock.instant(), HISTORY)));
            worked.addAll(today.record());
            log.info(
                    "Demo service desk recorded: {} tickets of the last {} days and 8 of today, canned responses and"
                            + " saved views, in {} ms",
                    HISTORY,
                    DemoHistory.DAYS,
                    (System.nanoTime() - started) / 1_000_000);
            events.publishEvent(new DemoTicketsRecorded(worked));
        } catch (RuntimeException failed) {
            log.warn("The demo service desk could not be recorded completely", failed);
        }
    }

    private boolean empty() {
        Integer count = jdbc.sql("SELECT (SELECT COUNT(*) FROM ticket) + (SELECT COUNT(*) FROM ticket_canned_response)")
                .query(Integer.class)
                .single();
        return count != null && count == 0;
    }

    private void cannedResponses() {
        canned.create("收到，正在处理", "您好，我们已收到您的请求，工程师正在处理，预计今天内给您答复。如有新的情况请直接回复本工单。", "zh-CN");
        canned.create("请提供截图和报错时间", "您好，为了尽快定位问题，请提供报错页面的截图、出现问题的时间以及您的电脑名称（资产标签）。", "zh-CN");
        canned.create("密码已重置", "您好，您的密码已重置，临时密码已通过短信发送到您登记的手机。首次登录后请立即修改密码。", "zh-CN");
        canned.create(
                "Received, working on it",
                "Hello, we have received your request and an engineer is working on it. We will get back to you"
                        + " today; reply to this ticket if anything changes.",
                "en");
        canned.create(
                "Please send the VPN client log",
                "Hello, please send the VPN client log (Help → Export log) and tell us where you connect from,"
                        + " so that we can find the cause.",
                "en");
    }

    private void savedViews() {
        user("zhou.min")
                .ifPresent(lead -> group("SD").ifPresent(sd -> {
                    views.save(lead.id(), "服务台未关闭", inGroups(Set.of(sd.id())));
                    views.save(lead.id(), "服务台等待用户回复", pending(Set.of(sd.id())));
                }));
        user("li.na").ifPresent(agent -> views.save(agent.id(), "My portal tickets", portal(agent.id())));
    }

    private static TicketFilter inGroups(Set<Long> groups) {
        return new TicketFilter(
                TicketFilter.open().statuses(), groups, null, false, null, null, null, null, null, null, null, null);
    }

    private static TicketFilter pending(Set<Long> groups) {
        return new TicketFilter(
                Set.of(TicketStatus.PENDING), groups, null, false, null, null, null, null, null, null, null, null);
    }

    private static TicketFilter portal(long assignee) {
        var open = TicketFilter.open();
        return new TicketFilter(
                open.statuses(), Set.of(), assignee, false, null, null, null, null, null, Channel.PORTAL, null, null);
    }

    private Optional<UserSummary> user(String username) {
        return directory.findUser(username);
    }

    private Optional<GroupSummary> group(String code) {
        return directory.findGroup(code);
    }
}
