package dev.keel.sla.domain;

import dev.keel.identity.GroupSummary;
import dev.keel.identity.UserDirectory;
import dev.keel.sla.ClockState;
import dev.keel.sla.PolicyView;
import dev.keel.sla.SlaEvents.SlaBreached;
import dev.keel.sla.SlaEvents.SlaWarned;
import dev.keel.sla.Threshold;
import dev.keel.ticket.Priority;
import dev.keel.ticket.TicketManagement;
import dev.keel.ticket.TicketView;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Warnings and escalations. Each run looks at the clocks whose next threshold instant has passed and
 * fires every threshold they reached: the (clock, percent) key, the actions and the event commit
 * together, under a lock on the clock, so each fires exactly once — also when two nodes or threads run
 * at once, and late (but once) after downtime, since the scan sees every overdue threshold.
 */
@Component
public class Escalations {

    private static final Logger log = LoggerFactory.getLogger(Escalations.class);
    private static final int BATCH = 100;

    private final ClockStore store;
    private final Calendars calendars;
    private final Policies policies;
    private final TicketManagement tickets;
    private final UserDirectory directory;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final TransactionTemplate transactions;

    Escalations(
            ClockStore store,
            Calendars calendars,
            Policies policies,
            TicketManagement tickets,
            UserDirectory directory,
            ApplicationEventPublisher events,
            MessageSource messages,
            PlatformTransactionManager transactionManager) {
        this.store = store;
        this.calendars = calendars;
        this.policies = policies;
        this.tickets = tickets;
        this.directory = directory;
        this.events = events;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** One run as of {@code now}; returns how many thresholds fired. */
    public int run(Instant now) {
        int fired = 0;
        Set<Long> seen = new java.util.HashSet<>();
        List<Long> due;
        do {
            due = store.dueForCheck(now, BATCH);
            int progress = 0;
            for (long clockId : due) {
                if (!seen.add(clockId)) {
                    continue;
                }
                progress++;
                try {
                    Integer count = transactions.execute(status -> check(clockId, now));
                    fired += count == null ? 0 : count;
                } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
                    log.debug("Clock {} changed during the threshold check; the next run looks again", clockId);
                }
            }
            if (progress == 0) {
                break;
            }
        } while (due.size() == BATCH);
        return fired;
    }

    private int check(long clockId, Instant now) {
        Optional<SlaClock> locked = store.lock(clockId);
        if (locked.isEmpty()) {
            return 0;
        }
        SlaClock c = locked.get();
        BusinessCalendar cal = calendars.compiled(c.calendarId);
        Optional<PolicyView> policy = c.policyId == null ? Optional.empty() : policies.findOptional(c.policyId);
        List<Threshold> thresholds = policy.map(PolicyView::thresholds).orElse(List.of());
        Set<Integer> fired = store.fired(clockId);
        int count = 0;
        if (c.state == ClockState.RUNNING) {
            long used = c.consumedAt(cal, now);
            TreeSet<Integer> points = new TreeSet<>(policy.map(Clocks::percents).orElse(List.of()));
            points.add(100);
            for (int percent : points) {
                if (fired.contains(percent) || used * 100 < c.budgetMs * percent) {
                    continue;
                }
                store.fire(clockId, percent, now);
                fired.add(percent);
                fire(c, percent, thresholds);
                count++;
            }
        }
        c.scheduleNextCheck(cal, policy.map(Clocks::percents).orElse(List.of()), fired);
        store.update(c);
        return count;
    }

    private void fire(SlaClock c, int percent, List<Threshold> thresholds) {
        Optional<TicketView> ticket = tickets.find(c.ticketId);
        Set<Long> notify = new LinkedHashSet<>();
        for (Threshold t : thresholds) {
            if (t.percent() == percent && ticket.isPresent()) {
                act(t, ticket.get(), c, notify);
            }
        }
        Instant due = Objects.requireNonNull(c.dueAt);
        if (percent == 100) {
            c.breached = true;
            events.publishEvent(
                    new SlaBreached(c.ticketId, Objects.requireNonNull(c.id), c.kind, due, List.copyOf(notify)));
        } else {
            events.publishEvent(
                    new SlaWarned(c.ticketId, Objects.requireNonNull(c.id), c.kind, percent, due, List.copyOf(notify)));
        }
    }

    private void act(Threshold t, TicketView ticket, SlaClock c, Set<Long> notify) {
        if (!ticket.status().open()) {
            return;
        }
        switch (t.action()) {
            case NOTIFY_ASSIGNEE -> add(notify, ticket.assigneeId());
            case NOTIFY_GROUP_LEAD ->
                add(
                        notify,
                        ticket.groupId() == null
                                ? null
                                : directory
                                        .findGroup(ticket.groupId())
                                        .map(GroupSummary::leadId)
                                        .orElse(null));
            case NOTIFY_USER -> add(notify, t.userId());
            case REASSIGN_GROUP -> {
                if (t.groupId() != null) {
                    tickets.escalate(ticket.id(), null, t.groupId(), note(c, t));
                }
            }
            case RAISE_PRIORITY -> {
                Priority higher = higher(ticket.priority());
                if (higher != ticket.priority()) {
                    tickets.escalate(ticket.id(), higher, null, note(c, t));
                }
            }
        }
    }

    private String note(SlaClock c, Threshold t) {
        String kind = messages.getMessage("sla.clock." + c.kind.name(), null, Locale.SIMPLIFIED_CHINESE) + " / "
                + messages.getMessage("sla.clock." + c.kind.name(), null, Locale.ENGLISH);
        return messages.getMessage("sla.escalation.note", new Object[] {kind, t.percent()}, Locale.SIMPLIFIED_CHINESE)
                + "\n"
                + messages.getMessage("sla.escalation.note", new Object[] {kind, t.percent()}, Locale.ENGLISH);
    }

    static Priority higher(Priority p) {
        return p.ordinal() == 0 ? p : Priority.values()[p.ordinal() - 1];
    }

    private static void add(Set<Long> notify, @Nullable Long userId) {
        if (userId != null) {
            notify.add(userId);
        }
    }
}
