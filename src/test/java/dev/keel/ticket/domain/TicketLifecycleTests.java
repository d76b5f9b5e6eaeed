package dev.keel.ticket.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.shared.DomainException;
import dev.keel.ticket.TicketStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TicketLifecycleTests {

    @ParameterizedTest(name = "{0} from {1}: {2}")
    @CsvSource(textBlock = """
            ASSIGN,   NEW,         true
            ASSIGN,   RESOLVED,    false
            START,    ASSIGNED,    true
            START,    NEW,         false
            PEND,     IN_PROGRESS, true
            PEND,     NEW,         false
            RESUME,   PENDING,     true
            RESOLVE,  IN_PROGRESS, true
            RESOLVE,  NEW,         false
            RESOLVE,  CLOSED,      false
            ACCEPT,   RESOLVED,    true
            ACCEPT,   IN_PROGRESS, false
            REJECT,   RESOLVED,    true
            CLOSE,    RESOLVED,    true
            CLOSE,    IN_PROGRESS, false
            REOPEN,   CLOSED,      true
            REOPEN,   CANCELLED,   false
            CANCEL,   PENDING,     true
            CANCEL,   CLOSED,      false
            ESCALATE, IN_PROGRESS, true
            ESCALATE, RESOLVED,    false
            """)
    void theTableDecides(TicketAction action, TicketStatus from, boolean allowed) {
        assertThat(TicketLifecycle.allows(action, from)).isEqualTo(allowed);
    }

    @Test
    void closedAndCancelledTicketsOnlyReopen() {
        assertThat(TicketLifecycle.actionsFrom(TicketStatus.CLOSED)).containsExactly(TicketAction.REOPEN);
        assertThat(TicketLifecycle.actionsFrom(TicketStatus.CANCELLED)).isEmpty();
    }

    @Test
    void illegalTransitionIsAConflictWithTranslatedArguments() {
        assertThatThrownBy(() -> TicketLifecycle.check(TicketAction.RESOLVE, TicketStatus.CLOSED))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("ticket.error.illegalTransition");
                    assertThat(e.arguments())
                            .extracting(Object::toString)
                            .containsExactly("ticket.action.RESOLVE", "ticket.status.CLOSED");
                });
    }
}
