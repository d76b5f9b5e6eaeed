package dev.keel.routing.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.keel.routing.domain.Router;
import dev.keel.ticket.Channel;
import dev.keel.ticket.TicketEvents.TicketOpened;
import dev.keel.ticket.TicketType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Replies arriving right after a new ticket change it while it is routed: routing tries again after a
 * growing pause until it wins, and never gives up quietly.
 */
class TicketRoutingListenerTests {

    private static final TicketOpened OPENED = new TicketOpened(7, TicketType.INCIDENT, Channel.EMAIL, null, 3);

    @Test
    void aBurstOfConflictsIsOutwaitedAndTheTicketIsRouted() {
        Router router = mock(Router.class);
        when(router.route(7))
                .thenThrow(new OptimisticLockingFailureException("reply 1"))
                .thenThrow(new OptimisticLockingFailureException("reply 2"))
                .thenThrow(new CannotAcquireLockException("reply 3"))
                .thenThrow(new OptimisticLockingFailureException("reply 4"))
                .thenReturn(new Router.Routed(true, 11L, 12L));
        List<Long> pauses = new ArrayList<>();
        new TicketRoutingListener(router, pauses::add).on(OPENED);
        verify(router, times(5)).route(7);
        assertThat(pauses).hasSize(4).allSatisfy(p -> assertThat(p).isBetween(1L, 1000L));
        assertThat(pauses.get(3)).isGreaterThanOrEqualTo(pauses.get(0) / 2);
        assertThat(pauses.get(3)).isGreaterThanOrEqualTo(80L);
    }

    @Test
    void whenEveryAttemptLosesTheFailureIsRaisedForResubmission() {
        Router router = mock(Router.class);
        when(router.route(7)).thenThrow(new OptimisticLockingFailureException("always"));
        List<Long> pauses = new ArrayList<>();
        assertThatThrownBy(() -> new TicketRoutingListener(router, pauses::add).on(OPENED))
                .isInstanceOf(OptimisticLockingFailureException.class);
        verify(router, times(TicketRoutingListener.ATTEMPTS)).route(7);
        assertThat(pauses).hasSize(TicketRoutingListener.ATTEMPTS - 1);
    }
}
