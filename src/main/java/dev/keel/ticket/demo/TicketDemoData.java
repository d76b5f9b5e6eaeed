package dev.keel.ticket.demo;

import dev.keel.identity.GroupSummary;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import dev.keel.ticket.Channel;
import dev.keel.ticket.DemoTicketsRecorded;
import dev.keel.ticket.DemoTicketsRecorded.WorkedTicket;
import dev.keel.ticket.EntryKind;
import dev.keel.ticket.Impact;
import dev.keel.ticket.OpenTicket;
import dev.keel.ticket.PendingReason;
import dev.keel.ticket.ResolutionCode;
import dev.keel.ticket.TicketFilter;
import dev.keel.ticket.TicketStatus;
import dev.keel.ticket.TicketType;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.Urgency;
import dev.keel.ticket.domain.CannedResponses;
import dev.keel.ticket.domain.Categories;
import dev.keel.ticket.domain.SavedViews;
import dev.keel.ticket.domain.TicketViewers;
import dev.keel.ticket.domain.TicketWork;
import dev.keel.ticket.domain.Tickets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo service desk (with {@code keel.ticket.seed-demo}, on by default in demo mode, off in the
 * test suite): canned responses in both languages, saved views for zhou.min and li.na, sixty days of
 * history ({@link DemoHistory}, {@value #HISTORY} tickets played through the domain at the times they
 * happened) and then eight tickets of today that the README walks through. Runs once, on a thread of
 * its own after the application is ready (sign-in works meanwhile), after the identity demo data and
 * the demo categories, only while there is no ticket and no canned response at all; when it is done it
 * publishes {@link DemoTicketsRecorded} for the other modules' demo data. The first of today's tickets
 * (id {@value #HISTORY} + 1 on a fresh database) is zhang.san's printer incident, in progress.
 */
@Component
class TicketDemoData {

    private static final Logger log = LoggerFactory.getLogger(TicketDemoData.class);
    private static final int ATTEMPTS = 5;
    static final int HISTORY = 292;

    private final boolean enabled;
    private final Tickets tickets;
    private final TicketWork work;
    private final TicketViewers viewers;
    private final Categories categories;
    private final CannedResponses canned;
    private final SavedViews views;
    private final UserDirectory directory;
    private final JdbcClient jdbc;
    private final DemoServiceDesk desk;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<Long, String> categoryCodes = new HashMap<>();
    private final List<WorkedTicket> worked = new ArrayList<>();

    TicketDemoData(
            @Value("${keel.ticket.seed-demo:false}") boolean enabled,
            Tickets tickets,
            TicketWork work,
            TicketViewers viewers,
            Categories categories,
            CannedResponses canned,
            SavedViews views,
            UserDirectory directory,
            JdbcClient jdbc,
            DemoServiceDesk desk,
            ApplicationEventPublisher events,
            Clock clock) {
        this.enabled = enabled;
        this.tickets = tickets;
        this.work = work;
        this.viewers = viewers;
        this.categories = categories;
        this.canned = canned;
        this.views = views;
        this.directory = directory;
        this.jdbc = jdbc;
        this.desk = desk;
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
            worked.addAll(tickets());
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

    /** Today's eight tickets; returns those an agent took. */
    private List<WorkedTicket> tickets() {
        UserSummary zhang = user("zhang.san").orElseThrow();
        UserSummary liSi = user("li.si").orElseThrow();
        Optional<UserSummary> alice = user("alice.wu");
        Optional<UserSummary> liNa = user("li.na");
        Optional<UserSummary> wangLei = user("wang.lei");
        Optional<UserSummary> zhaoQiang = user("zhao.qiang");
        Optional<UserSummary> sunJie = user("sun.jie");
        Optional<UserSummary> liuYang = user("liu.yang");

        // 1: zhang.san's printer, in progress with li.na, answered
        TicketView printer = open(
                null,
                "三楼打印机无法打印",
                "三楼东侧的打印机 PRN-3F-02 一直显示脱机，打印任务卡在队列里。 — The 3rd-floor printer shows offline.",
                Channel.PORTAL,
                "HW-PRINTER",
                Impact.MODERATE,
                Urgency.HIGH,
                zhang,
                zhang);
        liNa.ifPresent(agent -> {
            take(printer, agent, "SD");
            reply(printer, agent, EntryKind.PUBLIC_REPLY, "您好，已远程查看，打印机缺纸并有卡纸告警。同事正在去三楼处理，请稍候。");
            reply(printer, agent, EntryKind.INTERNAL_NOTE, "PRN-3F-02 的进纸器二月份也卡过，如再发生考虑报修。");
        });

        // 2: li.si's slow ERP reports, with the database group
        TicketView erp = open(
                TicketType.INCIDENT,
                "ERP 报表查询很慢",
                "从今天上午开始，ERP 里打开月度库存报表要等好几分钟，连接数据库也很慢。",
                Channel.EMAIL,
                "DB-CONN",
                Impact.SIGNIFICANT,
                Urgency.HIGH,
                liSi,
                liSi);
        zhaoQiang.ifPresent(dba -> {
            take(erp, dba, "DB");
            reply(erp, dba, EntryKind.INTERNAL_NOTE, "慢查询日志显示库存汇总语句全表扫描，准备加索引。");
        });

        // 3: alice.wu's VPN, recorded by phone, waiting for her log
        alice.ifPresent(requester -> {
            TicketView vpn = open(
                    TicketType.INCIDENT,
                    "VPN keeps disconnecting at home",
                    "The VPN client drops the connection every few minutes when I work from home.",
                    Channel.PHONE,
                    "NET-VPN",
                    Impact.MINOR,
                    Urgency.MEDIUM,
                    requester,
                    wangLei.orElse(requester));
            wangLei.ifPresent(agent -> {
                take(vpn, agent, "NET");
                reply(
                        vpn,
                        agent,
                        EntryKind.PUBLIC_REPLY,
                        "Hello, please send the VPN client log (Help → Export log) so that we can find the cause.");
                retry(() -> work.pend(vpn.id(), viewers.of(agent.id()), PendingReason.REQUESTER, null));
            });
        });

        // 4: zhang.san's password reset, resolved and waiting for his acceptance
        TicketView password = open(
                TicketType.SERVICE_REQUEST,
                "重置 ERP 系统密码",
                "ERP 密码忘记了，账号是 zhang.san，请帮忙重置。",
                Channel.PORTAL,
                "ACCESS-PASSWORD",
                null,
                null,
                zhang,
                zhang);
        liNa.ifPresent(agent -> {
            take(password, agent, "SD");
            reply(password, agent, EntryKind.PUBLIC_REPLY, "您好，您的密码已重置，临时密码已通过短信发送到您登记的手机。首次登录后请立即修改密码。");
            retry(() ->
                    work.resolve(password.id(), viewers.of(agent.id()), ResolutionCode.SOLVED, "已重置密码并短信通知。", null));
        });

        // 5: li.si's mail, resolved, accepted and rated
        TicketView mail = open(
                TicketType.INCIDENT,
                "Outlook 收不到新邮件",
                "Outlook 从昨天开始收不到新邮件，网页版邮箱正常。",
                Channel.PORTAL,
                "APP-MAIL",
                Impact.MINOR,
                Urgency.MEDIUM,
                liSi,
                liSi);
        liuYang.ifPresent(agent -> {
            take(mail, agent, "APP");
            reply(mail, agent, EntryKind.PUBLIC_REPLY, "您好，已重建您的 Outlook 配置文件，现在可以正常收信了，请确认。");
            retry(() ->
                    work.resolve(mail.id(), viewers.of(agent.id()), ResolutionCode.SOLVED, "重建 Outlook 配置文件。", null));
            retry(() -> work.accept(mail.id(), viewers.of(liSi.id())));
            retry(() -> work.rate(mail.id(), viewers.of(liSi.id()), 5, "处理很快，谢谢！"));
        });

        // 6: alice.wu's question, new in the service desk queue
        alice.ifPresent(requester -> open(
                TicketType.CONSULTATION,
                "How do I request a second monitor?",
                "I would like a second monitor for my desk. Who approves it and how long does it take?",
                Channel.PORTAL,
                "CONSULT",
                null,
                null,
                requester,
                requester));

        // 7: zhang.san's phishing report, with the security group
        TicketView phishing = open(
                TicketType.SECURITY_INCIDENT,
                "收到可疑钓鱼邮件",
                "收到一封自称“财务部”的邮件，要求点击链接更新工资卡信息，我没有点击。",
                Channel.CHAT,
                "SEC-PHISHING",
                Impact.MODERATE,
                Urgency.HIGH,
                zhang,
                zhang);
        sunJie.ifPresent(agent -> take(phishing, agent, "SEC"));

        // 8: li.si's laptop, cancelled: it was only the power adapter
        TicketView laptop = open(
                TicketType.INCIDENT,
                "笔记本开不了机",
                "笔记本按电源键没有反应，指示灯不亮。",
                Channel.WALK_IN,
                "HW-LAPTOP",
                Impact.MINOR,
                Urgency.MEDIUM,
                liSi,
                wangLei.orElse(liSi));
        wangLei.ifPresent(
                agent -> retry(() -> work.cancel(laptop.id(), viewers.of(agent.id()), "电源适配器松了，插好后正常开机。", null)));
        return List.copyOf(worked);
    }

    private TicketView open(
            @Nullable TicketType type,
            String title,
            String description,
            Channel channel,
            String categoryCode,
            @Nullable Impact impact,
            @Nullable Urgency urgency,
            UserSummary requester,
            UserSummary recordedBy) {
        Long category = categories.findByCode(categoryCode).map(c -> c.id()).orElse(null);
        TicketView opened = tickets.open(
                new OpenTicket(type, title, description, channel, category, impact, urgency, requester.id()),
                recordedBy.id());
        categoryCodes.put(opened.id(), categoryCode);
        return opened;
    }

    /** Puts the ticket in the group and on the agent, who starts work on it. */
    private void take(TicketView ticket, UserSummary agent, String groupCode) {
        Long group = group(groupCode).map(GroupSummary::id).orElse(null);
        retry(() -> work.assign(ticket.id(), viewers.of(agent.id()), group, agent.id(), null));
        retry(() -> work.start(ticket.id(), viewers.of(agent.id()), null));
        worked.add(new WorkedTicket(ticket.id(), categoryCodes.get(ticket.id()), agent.id(), false));
    }

    private void reply(TicketView ticket, UserSummary agent, EntryKind kind, String body) {
        retry(() -> work.reply(ticket.id(), viewers.of(agent.id()), kind, body, 10));
    }

    /** Routing and SLA listeners work on the new tickets meanwhile: a change they got in first is retried. */
    private static <T> T retry(Supplier<T> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return change.get();
            } catch (ConcurrencyFailureException changedMeanwhile) {
                if (attempt >= ATTEMPTS) {
                    throw changedMeanwhile;
                }
                try {
                    Thread.sleep(50L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw changedMeanwhile;
                }
            }
        }
    }

    private Optional<UserSummary> user(String username) {
        return directory.findUser(username);
    }

    private Optional<GroupSummary> group(String code) {
        return directory.findGroup(code);
    }
}
