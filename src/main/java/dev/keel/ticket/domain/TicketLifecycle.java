package dev.keel.ticket.domain;

import static dev.keel.ticket.TicketStatus.ASSIGNED;
import static dev.keel.ticket.TicketStatus.CANCELLED;
import static dev.keel.ticket.TicketStatus.CLOSED;
import static dev.keel.ticket.TicketStatus.IN_PROGRESS;
import static dev.keel.ticket.TicketStatus.NEW;
import static dev.keel.ticket.TicketStatus.PENDING;
import static dev.keel.ticket.TicketStatus.RESOLVED;

import dev.keel.shared.DomainException;
import dev.keel.shared.MessageKey;
import dev.keel.ticket.TicketStatus;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The ticket state machine as one table: for each action, the states it may start from. Where an
 * action always leads to the same state, the table says which; ASSIGN, REOPEN and ESCALATE decide
 * their target from the assignment (see {@link Ticket}).
 */
public final class TicketLifecycle {

    private static final Set<TicketStatus> WORKING = EnumSet.of(NEW, ASSIGNED, IN_PROGRESS, PENDING);
    private static final Map<TicketAction, Set<TicketStatus>> FROM = new EnumMap<>(TicketAction.class);
    private static final Map<TicketAction, TicketStatus> TO = new EnumMap<>(TicketAction.class);

    static {
        allow(TicketAction.ASSIGN, WORKING, null);
        allow(TicketAction.START, EnumSet.of(ASSIGNED), IN_PROGRESS);
        allow(TicketAction.PEND, EnumSet.of(ASSIGNED, IN_PROGRESS), PENDING);
        allow(TicketAction.RESUME, EnumSet.of(PENDING), IN_PROGRESS);
        allow(TicketAction.RESOLVE, EnumSet.of(ASSIGNED, IN_PROGRESS, PENDING), RESOLVED);
        allow(TicketAction.ACCEPT, EnumSet.of(RESOLVED), CLOSED);
        allow(TicketAction.REJECT, EnumSet.of(RESOLVED), IN_PROGRESS);
        allow(TicketAction.CLOSE, EnumSet.of(RESOLVED), CLOSED);
        allow(TicketAction.REOPEN, EnumSet.of(CLOSED), null);
        allow(TicketAction.CANCEL, WORKING, CANCELLED);
        allow(TicketAction.ESCALATE, WORKING, NEW);
    }

    private TicketLifecycle() {}

    private static void allow(TicketAction action, Set<TicketStatus> from, @Nullable TicketStatus to) {
        FROM.put(action, EnumSet.copyOf(from));
        if (to != null) {
            TO.put(action, to);
        }
    }

    public static boolean allows(TicketAction action, TicketStatus from) {
        return FROM.get(action).contains(from);
    }

    /** The actions possible from a state, e.g. for the buttons on a ticket page. */
    public static Set<TicketAction> actionsFrom(TicketStatus from) {
        Set<TicketAction> actions = EnumSet.noneOf(TicketAction.class);
        FROM.forEach((action, states) -> {
            if (states.contains(from)) {
                actions.add(action);
            }
        });
        return actions;
    }

    /** The fixed target of an action, or null where the ticket decides. */
    static @Nullable TicketStatus fixedTarget(TicketAction action) {
        return TO.get(action);
    }

    /** Refuses an action the table does not allow from {@code from}, with a localised reason. */
    static void check(TicketAction action, TicketStatus from) {
        if (!allows(action, from)) {
            throw new DomainException(
                    DomainException.Kind.CONFLICT,
                    "illegal-transition",
                    "ticket.error.illegalTransition",
                    MessageKey.of("ticket.action." + action),
                    MessageKey.of("ticket.status." + from));
        }
    }
}
