package dev.keel.ticket.demo;

import dev.keel.identity.GroupSummary;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import dev.keel.shared.ReplayClock;
import dev.keel.ticket.DemoTicketsRecorded.WorkedTicket;
import dev.keel.ticket.EntryKind;
import dev.keel.ticket.OpenTicket;
import dev.keel.ticket.PendingReason;
import dev.keel.ticket.ResolutionCode;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.TicketViewer;
import dev.keel.ticket.demo.DemoHistory.PlannedTicket;
import dev.keel.ticket.demo.DemoHistory.Step;
import dev.keel.ticket.domain.Categories;
import dev.keel.ticket.domain.TicketViewers;
import dev.keel.ticket.domain.TicketWork;
import dev.keel.ticket.domain.Tickets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plays a {@link DemoHistory} plan through the ticket domain, each ticket in one transaction and each
 * step at the time the plan gives it (on a {@link ReplayClock}): the lifecycle rules, history, events
 * and the listeners after them (SLA clocks, search, notifications) all run as for any ticket.
 */
@Component
class DemoServiceDesk {

    private final Tickets tickets;
    private final TicketWork work;
    private final TicketViewers viewers;
    private final Categories categories;
    private final UserDirectory directory;
    private final TransactionTemplate transaction;
    private final Map<String, UserSummary> users = new HashMap<>();
    private final Map<String, TicketViewer> viewerCache = new HashMap<>();
    private final Map<String, @Nullable Long> ids = new HashMap<>();

    DemoServiceDesk(
            Tickets tickets,
            TicketWork work,
            TicketViewers viewers,
            Categories categories,
            UserDirectory directory,
            TransactionTemplate transaction) {
        this.tickets = tickets;
        this.work = work;
        this.viewers = viewers;
        this.categories = categories;
        this.directory = directory;
        this.transaction = transaction;
    }

    /** Records every planned ticket; returns those an agent took (for the other modules' demo data). */
    List<WorkedTicket> record(List<PlannedTicket> plan) {
        List<WorkedTicket> worked = new ArrayList<>();
        for (PlannedTicket planned : plan) {
            Long id = transaction.execute(status -> play(planned));
            if (id != null && planned.has(DemoHistory.Kind.TAKE)) {
                worked.add(new WorkedTicket(
                        id,
                        planned.scenario().category(),
                        user(planned.agent()).id(),
                        planned.has(DemoHistory.Kind.RESOLVE)));
            }
        }
        return worked;
    }

    private long play(PlannedTicket p) {
        var s = p.scenario();
        UserSummary requester = user(p.requester());
        TicketView ticket = ReplayClock.replaying(
                p.openedAt(),
                () -> tickets.open(
                        new OpenTicket(
                                s.type(),
                                p.title(),
                                p.description(),
                                p.channel(),
                                id("category:" + s.category()),
                                s.impact(),
                                s.urgency(),
                                requester.id()),
                        user(p.recordedBy()).id()));
        long id = ticket.id();
        TicketViewer agent = viewer(p.agent());
        TicketViewer customer = viewer(p.requester());
        for (Step step : p.steps()) {
            ReplayClock.replaying(step.at(), () -> switch (step.kind()) {
                case TAKE -> {
                    work.assign(id, agent, id("group:" + s.group()), agent.userId(), null);
                    yield work.start(id, agent, null);
                }
                case REPLY -> work.reply(id, agent, EntryKind.PUBLIC_REPLY, s.reply(), 10);
                case NOTE -> work.reply(id, agent, EntryKind.INTERNAL_NOTE, internalNote(p), 5);
                case ASK -> {
                    work.reply(id, agent, EntryKind.PUBLIC_REPLY, String.valueOf(s.question()), 5);
                    yield work.pend(id, agent, PendingReason.REQUESTER, null);
                }
                case ANSWER -> work.reply(id, customer, EntryKind.PUBLIC_REPLY, String.valueOf(s.answer()), 0);
                case RESOLVE -> work.resolve(id, agent, ResolutionCode.SOLVED, s.resolution(), null);
                case ACCEPT -> work.accept(id, customer);
                case RATE -> work.rate(id, customer, p.stars(), p.stars() == 5 ? s.rating() : null);
                case REJECT -> work.reject(id, customer, s.english() ? "It happened again." : "问题又出现了。");
                case CANCEL ->
                    work.cancel(id, agent, s.english() ? "Solved by the user before we started." : "用户已自行解决，撤销。", null);
            });
        }
        return id;
    }

    private static String internalNote(PlannedTicket p) {
        return p.scenario().english()
                ? "Checked the monitoring for " + p.place() + ": nothing else affected."
                : "已查看" + p.place() + "的监控，没有其他用户受影响。";
    }

    private UserSummary user(String username) {
        return users.computeIfAbsent(username, name -> directory.findUser(name).orElseThrow());
    }

    private TicketViewer viewer(String username) {
        return viewerCache.computeIfAbsent(
                username, name -> viewers.of(user(name).id()));
    }

    private @Nullable Long id(String key) {
        if (!ids.containsKey(key)) {
            String code = key.substring(key.indexOf(':') + 1);
            ids.put(
                    key,
                    key.startsWith("group:")
                            ? directory.findGroup(code).map(GroupSummary::id).orElse(null)
                            : categories.findByCode(code).map(c -> c.id()).orElse(null));
        }
        return ids.get(key);
    }
}
