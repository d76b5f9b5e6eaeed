package dev.keel.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.keel.KeelIntegrationTest;
import dev.keel.identity.UserDirectory;
import dev.keel.ticket.domain.AutoClose;
import dev.keel.ticket.domain.TicketViewers;
import dev.keel.ticket.domain.TicketWork;
import dev.keel.ticket.domain.Tickets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@KeelIntegrationTest
class AutoCloseIntegrationTests {

    @Autowired
    AutoClose autoClose;

    @Autowired
    Tickets tickets;

    @Autowired
    TicketWork work;

    @Autowired
    TicketViewers viewers;

    @Autowired
    UserDirectory directory;

    private long id(String username) {
        return directory.findUser(username).orElseThrow().id();
    }

    private TicketView resolvedTicket(String title) {
        long requester = id("li.si");
        TicketView opened = tickets.open(
                new OpenTicket(null, title, "自动关闭 auto close", Channel.PORTAL, null, null, null, requester), requester);
        TicketViewer agent = viewers.of(id("li.na"));
        long sd = directory.findGroup("SD").orElseThrow().id();
        work.assign(opened.id(), agent, sd, id("li.na"), null);
        return work.resolve(opened.id(), agent, ResolutionCode.SOLVED, "Replaced the cable", null);
    }

    @Test
    void closesAResolvedTicketOnceTheWaitingTimeHasPassed() {
        TicketView resolved = resolvedTicket("Auto close after five days");
        Instant due = resolved.resolvedAt().plus(Duration.ofDays(5)).plusSeconds(1);

        int closed = autoClose.sweep(due);

        TicketView after = tickets.find(resolved.id()).orElseThrow();
        assertThat(closed).isPositive();
        assertThat(after.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(after.closedAt()).isCloseTo(due, within(1, ChronoUnit.MILLIS));
        assertThat(tickets.history(resolved.id()))
                .filteredOn(h -> h.field().equals("status") && "CLOSED".equals(h.newValue()))
                .singleElement()
                .satisfies(h -> assertThat(h.changedBy()).isNull());
        assertThat(tickets.entries(resolved.id()))
                .filteredOn(e -> e.kind() == EntryKind.SYSTEM)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.authorId()).isNull();
                    assertThat(e.body()).contains("自动关闭", "Closed automatically", "5");
                });
    }

    @Test
    void leavesARecentlyResolvedTicketForTheRequester() {
        TicketView resolved = resolvedTicket("Not yet due for auto close");

        autoClose.sweep(resolved.resolvedAt().plus(Duration.ofDays(4)));

        assertThat(tickets.find(resolved.id()).orElseThrow().status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(tickets.entries(resolved.id())).noneMatch(e -> e.kind() == EntryKind.SYSTEM);
    }

    @Test
    void aSecondSweepClosesNothingTwice() {
        TicketView resolved = resolvedTicket("Auto close only once");
        Instant due = resolved.resolvedAt().plus(Duration.ofDays(6));
        autoClose.sweep(due);

        autoClose.sweep(due.plusSeconds(60));

        assertThat(tickets.find(resolved.id()).orElseThrow().closedAt()).isCloseTo(due, within(1, ChronoUnit.MILLIS));
        assertThat(tickets.entries(resolved.id()))
                .filteredOn(e -> e.kind() == EntryKind.SYSTEM)
                .hasSize(1);
    }
}
