package dev.keel.ticket.demo;

import dev.keel.identity.GroupSummary;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import dev.keel.ticket.Channel;
import dev.keel.ticket.DemoTicketsRecorded.WorkedTicket;
import dev.keel.ticket.EntryKind;
import dev.keel.ticket.Impact;
import dev.keel.ticket.OpenTicket;
import dev.keel.ticket.PendingReason;
import dev.keel.ticket.ResolutionCode;
import dev.keel.ticket.TicketType;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.Urgency;
import dev.keel.ticket.domain.Categories;
import dev.keel.ticket.domain.TicketViewers;
import dev.keel.ticket.domain.TicketWork;
import dev.keel.ticket.domain.Tickets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;

/**
 * The eight tickets of today that the README walks through (the first is zhang.san's printer incident,
 * in progress with li.na), opened and worked on through the ticket domain at the real time, after the
 * demo history. Routing and SLA listeners work on them meanwhile: a change they got in first is retried.
 */
@Component
class TodaysTickets {

    private static final int ATTEMPTS = 5;

    private final Tickets tickets;
    private final TicketWork work;
    private final TicketViewers viewers;
    private final Categories categories;
    private final UserDirectory directory;
    private final Map<Long, String> categoryCodes = new HashMap<>();
    private final List<WorkedTicket> worked = new ArrayList<>();

    TodaysTickets(
            Tickets tickets, TicketWork work, TicketViewers viewers, Categories categories, UserDirectory directory) {
        this.tickets = tickets;
        this.work = work;
        this.viewers = viewers;
        this.categories = categories;
        this.directory = directory;
    }

    /** Today's eight tickets; returns those an agent took. */
    List<WorkedTicket> record() {
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
