package dev.keel.sla.domain;

import dev.keel.sla.ClockKind;
import dev.keel.sla.ClockState;
import dev.keel.sla.ClockView;
import dev.keel.sla.ContractView;
import dev.keel.sla.PolicyTarget;
import dev.keel.sla.PolicyView;
import dev.keel.sla.SlaEvents.SlaBreached;
import dev.keel.sla.SlaEvents.SlaMet;
import dev.keel.sla.Threshold;
import dev.keel.sla.TicketSla;
import dev.keel.ticket.TicketManagement;
import dev.keel.ticket.TicketStatus;
import dev.keel.ticket.TicketType;
import dev.keel.ticket.TicketView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clocks of each ticket. Every ticket event brings the clocks in line with the ticket as it is now
 * (so events arriving out of order or twice do no harm): clocks are created on the first event, the
 * first-response clock stops at the first response, resolution and restoration stop at Resolved and
 * run again on reopen, the policy's pausing statuses pause them, and a priority change re-plans them.
 */
@Service
public class Clocks {

    /** Why a clock got a (new) due time; kept in the plan history. */
    public enum Reason {
        OPENED,
        PRIORITY_CHANGED,
        /** Another policy applies now, or the policy's target for the ticket was edited. */
        POLICY_CHANGED,
        RESUMED,
        REOPENED
    }

    private final ClockStore store;
    private final Calendars calendars;
    private final Policies policies;
    private final Contracts contracts;
    private final TicketManagement tickets;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId contractZone;

    Clocks(
            ClockStore store,
            Calendars calendars,
            Policies policies,
            Contracts contracts,
            TicketManagement tickets,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${keel.ticket.number-zone:Asia/Shanghai}") String contractZone) {
        this.store = store;
        this.calendars = calendars;
        this.policies = policies;
        this.contracts = contracts;
        this.tickets = tickets;
        this.events = events;
        this.clock = clock;
        this.contractZone = ZoneId.of(contractZone);
    }

    /**
     * Brings the ticket's clocks in line with the ticket, in a transaction of its own (a concurrent
     * update of the same clocks makes it fail; the caller retries).
     *
     * @param replan choose the policy and targets again (the priority changed)
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void reconcile(long ticketId, boolean replan) {
        Optional<TicketView> found = tickets.find(ticketId);
        if (found.isEmpty()) {
            return;
        }
        TicketView ticket = found.get();
        Instant now = clock.instant();
        List<SlaClock> clocks = store.ofTicket(ticketId);
        if (clocks.isEmpty()) {
            clocks = start(ticket);
        } else {
            replan(ticket, clocks, now, replan ? Reason.PRIORITY_CHANGED : Reason.POLICY_CHANGED, replan);
        }
        Optional<PolicyView> policy = clocks.stream()
                .map(SlaClock::policyId)
                .filter(Objects::nonNull)
                .findFirst()
                .flatMap(policies::findOptional);
        boolean pausing = policy.map(p -> pauses(p, ticket)).orElse(false);
        for (SlaClock c : clocks) {
            follow(c, ticket, pausing, now, policy);
        }
        tickets.recordDueAt(
                ticketId,
                clocks.stream()
                        .filter(SlaClock::running)
                        .map(SlaClock::dueAt)
                        .filter(Objects::nonNull)
                        .min(Comparator.naturalOrder())
                        .orElse(null));
    }

    /** The ticket's SLA state as of now. */
    @Transactional(readOnly = true)
    public TicketSla state(long ticketId) {
        Instant now = clock.instant();
        List<ClockView> views = new ArrayList<>();
        for (SlaClock c : store.ofTicket(ticketId)) {
            views.add(view(c, now));
        }
        return new TicketSla(ticketId, now, views, store.plans(ticketId));
    }

    ClockView view(SlaClock c, Instant now) {
        BusinessCalendar cal = calendars.compiled(c.calendarId);
        long used = c.consumedAt(cal, now);
        return new ClockView(
                Objects.requireNonNull(c.id),
                c.kind,
                c.state,
                c.breached || (c.running() && c.dueAt != null && now.isAfter(c.dueAt)) || used > c.budgetMs,
                c.dueAt,
                c.startedAt,
                c.stoppedAt,
                c.targetAmount,
                c.targetUnit,
                c.calendarId,
                Duration.ofMillis(used),
                Duration.ofMillis(c.budgetMs - used),
                c.percentAt(cal, now));
    }

    private List<SlaClock> start(TicketView ticket) {
        Optional<ContractView> contract = contracts.inForce(
                ticket, ticket.createdAt().atZone(contractZone).toLocalDate());
        Optional<PolicyView> policy =
                contract.map(c -> policies.findOptional(c.policyId())).orElseGet(() -> policies.choose(ticket));
        if (policy.isEmpty()) {
            return List.of();
        }
        Long calendarOverride = contract.map(ContractView::calendarId).orElse(null);
        List<SlaClock> clocks = new ArrayList<>();
        for (ClockKind kind : kinds(ticket.type())) {
            Optional<PolicyTarget> target = Policies.target(policy.get(), kind, ticket.priority());
            if (target.isEmpty()) {
                continue;
            }
            long calendarId = calendarOf(target.get(), policy.get(), calendarOverride);
            BusinessCalendar cal = calendars.compiled(calendarId);
            Target t = new Target(target.get().amount(), target.get().unit());
            SlaClock c = new SlaClock(
                    ticket.id(),
                    kind,
                    ticket.createdAt(),
                    calendarId,
                    t,
                    t.budget(cal, ticket.createdAt()).toMillis());
            c.policyId = policy.get().id();
            c.plan(cal);
            c.scheduleNextCheck(cal, percents(policy.get()), List.of());
            store.insert(c);
            store.plan(c, ticket.createdAt(), Reason.OPENED.name(), policy.get().name());
            clocks.add(c);
        }
        return clocks;
    }

    /**
     * Gives running and paused clocks the target the ticket's policy sets now. With {@code always} (the
     * priority changed) every such clock gets a new plan; otherwise only clocks whose policy or target
     * differs from what they run on.
     */
    private void replan(TicketView ticket, List<SlaClock> clocks, Instant now, Reason reason, boolean always) {
        if (!ticket.status().open()) {
            return;
        }
        Optional<ContractView> contract = contracts.inForce(
                ticket, ticket.createdAt().atZone(contractZone).toLocalDate());
        Optional<PolicyView> policy =
                contract.map(c -> policies.findOptional(c.policyId())).orElseGet(() -> policies.choose(ticket));
        if (policy.isEmpty()) {
            return;
        }
        Long calendarOverride = contract.map(ContractView::calendarId).orElse(null);
        for (SlaClock c : clocks) {
            Optional<PolicyTarget> target = Policies.target(policy.get(), c.kind, ticket.priority());
            if (target.isEmpty() || (c.state != ClockState.RUNNING && c.state != ClockState.PAUSED)) {
                continue;
            }
            long calendarId = calendarOf(target.get(), policy.get(), calendarOverride);
            Target t = new Target(target.get().amount(), target.get().unit());
            boolean same = Objects.equals(c.policyId, policy.get().id())
                    && c.calendarId == calendarId
                    && c.targetAmount == t.amount()
                    && c.targetUnit == t.unit();
            if (same && !always) {
                continue;
            }
            BusinessCalendar cal = calendars.compiled(calendarId);
            c.replan(
                    policy.get().id(), calendarId, t, t.budget(cal, c.startedAt).toMillis(), cal);
            c.scheduleNextCheck(cal, percents(policy.get()), store.fired(Objects.requireNonNull(c.id)));
            store.update(c);
            store.plan(c, now, reason.name(), policy.get().name());
        }
    }

    private void follow(SlaClock c, TicketView t, boolean pausing, Instant now, Optional<PolicyView> policy) {
        BusinessCalendar cal = calendars.compiled(c.calendarId);
        ClockState before = c.state;
        @Nullable Reason planned = null;
        if (c.kind == ClockKind.FIRST_RESPONSE) {
            if (t.firstResponseAt() != null) {
                c.stop(cal, t.firstResponseAt());
            } else if (!t.status().open()) {
                c.abandon(cal, now);
            } else if (pausing) {
                c.pause(cal, now);
            } else if (c.state == ClockState.PAUSED) {
                c.resume(cal, now);
                planned = Reason.RESUMED;
            }
        } else if (t.status() == TicketStatus.RESOLVED) {
            c.stop(cal, t.resolvedAt() != null ? t.resolvedAt() : now);
        } else if (!t.status().open()) {
            if (c.state == ClockState.RUNNING || c.state == ClockState.PAUSED) {
                if (t.resolvedAt() != null && t.mergedIntoId() == null) {
                    // resolved and closed before the clocks followed it: judged at the resolution
                    // (a ticket merged into another is not judged: its clocks stop without a verdict)
                    c.stop(cal, t.resolvedAt());
                } else {
                    c.abandon(cal, now);
                }
            }
        } else if (c.state == ClockState.MET || c.state == ClockState.BREACHED || c.state == ClockState.STOPPED) {
            c.restart(cal, now);
            planned = Reason.REOPENED;
        } else if (pausing) {
            c.pause(cal, now);
        } else if (c.state == ClockState.PAUSED) {
            c.resume(cal, now);
            planned = Reason.RESUMED;
        }
        if (before == c.state && planned == null) {
            return;
        }
        c.scheduleNextCheck(cal, policy.map(Clocks::percents).orElse(List.of()), store.fired(c.id));
        store.update(c);
        if (planned != null) {
            store.plan(c, now, planned.name(), policy.map(PolicyView::name).orElse(""));
        }
        if (c.state == ClockState.MET && before != ClockState.MET) {
            events.publishEvent(new SlaMet(t.id(), c.id, c.kind, Objects.requireNonNull(c.dueAt), c.stoppedAt));
        } else if (c.state == ClockState.BREACHED && !breachFired(c)) {
            markBreached(c, now);
        }
    }

    private boolean breachFired(SlaClock c) {
        return store.fired(Objects.requireNonNull(c.id)).contains(100);
    }

    /** A clock stopped past due before the escalation job saw it: the breach is still reported once. */
    private void markBreached(SlaClock c, Instant now) {
        store.fire(Objects.requireNonNull(c.id), 100, now);
        events.publishEvent(new SlaBreached(c.ticketId, c.id, c.kind, Objects.requireNonNull(c.dueAt), List.of()));
    }

    static boolean pauses(PolicyView policy, TicketView t) {
        if (t.status() != TicketStatus.PENDING) {
            return policy.pauseOn().contains(t.status().name());
        }
        return policy.pauseOn().contains(t.status().name())
                || (t.pendingReason() != null
                        && policy.pauseOn()
                                .contains(t.status().name() + ":"
                                        + t.pendingReason().name()));
    }

    static List<Integer> percents(PolicyView policy) {
        return policy.thresholds().stream().map(Threshold::percent).distinct().toList();
    }

    private static long calendarOf(PolicyTarget target, PolicyView policy, @Nullable Long contractCalendar) {
        if (target.calendarId() != null) {
            return target.calendarId();
        }
        return contractCalendar != null ? contractCalendar : policy.calendarId();
    }

    private static List<ClockKind> kinds(TicketType type) {
        return type == TicketType.INCIDENT || type == TicketType.SECURITY_INCIDENT
                ? List.of(ClockKind.FIRST_RESPONSE, ClockKind.RESOLUTION, ClockKind.RESTORATION)
                : List.of(ClockKind.FIRST_RESPONSE, ClockKind.RESOLUTION);
    }
}
