package dev.keel.sla.domain;

import dev.keel.sla.ClockKind;
import dev.keel.sla.ClockState;
import java.time.Instant;
import java.util.Collection;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One clock of one ticket. Business time is kept as a budget and what was used of it before the
 * current running stretch; while running, the due time is the instant at which the rest of the budget
 * runs out on the calendar. Pure state and arithmetic: the caller supplies the calendar and the time.
 */
public final class SlaClock {

    @Nullable
    Long id;

    final long ticketId;
    final ClockKind kind;
    ClockState state;

    @Nullable
    Long policyId;

    long calendarId;
    int targetAmount;
    TargetUnit targetUnit;
    long budgetMs;
    long consumedMs;
    final Instant startedAt;

    @Nullable
    Instant runningSince;

    @Nullable
    Instant dueAt;

    @Nullable
    Instant stoppedAt;

    boolean breached;

    @Nullable
    Instant nextCheckAt;

    long version;

    SlaClock(long ticketId, ClockKind kind, Instant startedAt, long calendarId, Target target, long budgetMs) {
        this.ticketId = ticketId;
        this.kind = kind;
        this.startedAt = startedAt;
        this.calendarId = calendarId;
        this.targetAmount = target.amount();
        this.targetUnit = target.unit();
        this.budgetMs = budgetMs;
        this.state = ClockState.RUNNING;
        this.runningSince = startedAt;
    }

    /** For the store: a clock as persisted. */
    SlaClock(
            long id,
            long ticketId,
            ClockKind kind,
            ClockState state,
            @Nullable Long policyId,
            long calendarId,
            int targetAmount,
            TargetUnit targetUnit,
            long budgetMs,
            long consumedMs,
            Instant startedAt,
            @Nullable Instant runningSince,
            @Nullable Instant dueAt,
            @Nullable Instant stoppedAt,
            boolean breached,
            @Nullable Instant nextCheckAt,
            long version) {
        this.id = id;
        this.ticketId = ticketId;
        this.kind = kind;
        this.state = state;
        this.policyId = policyId;
        this.calendarId = calendarId;
        this.targetAmount = targetAmount;
        this.targetUnit = targetUnit;
        this.budgetMs = budgetMs;
        this.consumedMs = consumedMs;
        this.startedAt = startedAt;
        this.runningSince = runningSince;
        this.dueAt = dueAt;
        this.stoppedAt = stoppedAt;
        this.breached = breached;
        this.nextCheckAt = nextCheckAt;
        this.version = version;
    }

    public boolean running() {
        return state == ClockState.RUNNING;
    }

    /** Business time used as of {@code now}. */
    public long consumedAt(BusinessCalendar calendar, Instant now) {
        if (runningSince == null || !now.isAfter(runningSince)) {
            return consumedMs;
        }
        return consumedMs + calendar.between(runningSince, now).toMillis();
    }

    /** Share of the budget used, in percent (rounded down; may pass 100). */
    public int percentAt(BusinessCalendar calendar, Instant now) {
        return budgetMs <= 0 ? 100 : (int) Math.min(100_000, consumedAt(calendar, now) * 100 / budgetMs);
    }

    void pause(BusinessCalendar calendar, Instant now) {
        if (state != ClockState.RUNNING) {
            return;
        }
        consumedMs = consumedAt(calendar, now);
        runningSince = null;
        state = ClockState.PAUSED;
        nextCheckAt = null;
    }

    void resume(BusinessCalendar calendar, Instant now) {
        if (state != ClockState.PAUSED) {
            return;
        }
        state = ClockState.RUNNING;
        runningSince = now;
        plan(calendar);
    }

    /** Stops the clock: met when the budget was not used up, else breached. */
    void stop(BusinessCalendar calendar, Instant now) {
        if (state != ClockState.RUNNING && state != ClockState.PAUSED) {
            return;
        }
        consumedMs = consumedAt(calendar, now);
        runningSince = null;
        stoppedAt = now;
        state = consumedMs <= budgetMs ? ClockState.MET : ClockState.BREACHED;
        breached = breached || consumedMs > budgetMs;
        nextCheckAt = null;
    }

    /** Stops without a verdict (closed or cancelled while running). */
    void abandon(BusinessCalendar calendar, Instant now) {
        if (state != ClockState.RUNNING && state != ClockState.PAUSED) {
            return;
        }
        consumedMs = consumedAt(calendar, now);
        runningSince = null;
        stoppedAt = now;
        state = ClockState.STOPPED;
        nextCheckAt = null;
    }

    /** Runs a stopped clock again (the ticket was reopened); business time used so far still counts. */
    void restart(BusinessCalendar calendar, Instant now) {
        if (state == ClockState.RUNNING || state == ClockState.PAUSED) {
            return;
        }
        state = ClockState.RUNNING;
        runningSince = now;
        stoppedAt = null;
        plan(calendar);
    }

    /** A new target (priority or policy change): the budget counts from the clock's start. */
    void replan(@Nullable Long policy, long calendar, Target target, long budget, BusinessCalendar compiled) {
        policyId = policy;
        calendarId = calendar;
        targetAmount = target.amount();
        targetUnit = target.unit();
        budgetMs = budget;
        if (state == ClockState.RUNNING) {
            plan(compiled);
        }
    }

    /** Sets the due time of a running clock from the budget left. */
    void plan(BusinessCalendar calendar) {
        if (runningSince == null) {
            return;
        }
        long left = budgetMs - consumedMs;
        if (left >= 0) {
            dueAt = Instant.ofEpochMilli(calendar.addMillis(runningSince.toEpochMilli(), left));
        } else if (dueAt == null) {
            dueAt = runningSince;
        }
    }

    /**
     * When the next of {@code percents} not yet in {@code fired} falls due, or null when none is left or
     * the clock does not run. 100 % (the breach) is always a check point.
     */
    void scheduleNextCheck(BusinessCalendar calendar, Collection<Integer> percents, Collection<Integer> fired) {
        nextCheckAt = null;
        if (state != ClockState.RUNNING || runningSince == null) {
            return;
        }
        TreeSet<Integer> points = new TreeSet<>(percents);
        points.add(100);
        points.removeAll(fired);
        if (points.isEmpty()) {
            return;
        }
        long at = budgetMs * points.first() / 100 - consumedMs;
        nextCheckAt =
                at <= 0 ? runningSince : Instant.ofEpochMilli(calendar.addMillis(runningSince.toEpochMilli(), at));
    }

    public @Nullable Long id() {
        return id;
    }

    public long ticketId() {
        return ticketId;
    }

    public ClockKind kind() {
        return kind;
    }

    public ClockState state() {
        return state;
    }

    public @Nullable Instant dueAt() {
        return dueAt;
    }

    public long budgetMs() {
        return budgetMs;
    }

    public boolean breached() {
        return breached;
    }

    public @Nullable Long policyId() {
        return policyId;
    }

    public long calendarId() {
        return calendarId;
    }

    public @Nullable Instant nextCheckAt() {
        return nextCheckAt;
    }
}
