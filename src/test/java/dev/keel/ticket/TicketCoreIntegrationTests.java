package dev.keel.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.KeelIntegrationTest;
import dev.keel.TestAccounts;
import dev.keel.identity.Role;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.domain.UserAccounts;
import dev.keel.shared.DomainException;
import dev.keel.shared.Keyset.PageRequest;
import dev.keel.ticket.domain.LinkKind;
import dev.keel.ticket.domain.TicketQueries;
import dev.keel.ticket.domain.TicketRow;
import dev.keel.ticket.domain.TicketViewers;
import dev.keel.ticket.domain.TicketWork;
import dev.keel.ticket.domain.Tickets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@KeelIntegrationTest
class TicketCoreIntegrationTests {

    @Autowired
    Tickets tickets;

    @Autowired
    TicketWork work;

    @Autowired
    TicketViewers viewers;

    @Autowired
    TicketQueries queries;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDirectory directory;

    @Autowired
    UserAccounts accounts;

    private long id(String username) {
        return directory.findUser(username).orElseThrow().id();
    }

    private long group(String code) {
        return directory.groupsOf(id(code.equals("SD") ? "zhou.min" : "sun.jie")).stream()
                .filter(g -> g.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private TicketView openAsZhangSan(String title) {
        return tickets.open(
                new OpenTicket(
                        null,
                        title,
                        "打印机无法打印 — printer offline",
                        Channel.PORTAL,
                        null,
                        Impact.MINOR,
                        Urgency.HIGH,
                        id("zhang.san")),
                id("zhang.san"));
    }

    @Test
    void aTicketGoesFromIntakeToAcceptanceWithHistory() {
        TicketView opened = openAsZhangSan("Printer offline");
        assertThat(opened.number()).matches("INC-\\d{8}-\\d{6,}");
        assertThat(opened.status()).isEqualTo(TicketStatus.NEW);
        assertThat(opened.priority()).isEqualTo(Priority.P3);

        TicketViewer agent = viewers.of(id("li.na"));
        TicketViewer requester = viewers.of(id("zhang.san"));
        work.assign(opened.id(), agent, group("SD"), id("li.na"), opened.version());
        work.start(opened.id(), agent, null);
        work.reply(opened.id(), agent, EntryKind.PUBLIC_REPLY, "正在处理 — on it", 5);
        work.reply(opened.id(), agent, EntryKind.INTERNAL_NOTE, "driver issue", 10);
        work.resolve(opened.id(), agent, ResolutionCode.SOLVED, "Reinstalled the driver", null);
        work.accept(opened.id(), requester);
        TicketView closed = work.rate(opened.id(), requester, 5, "很快 fast");

        assertThat(closed.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(closed.firstResponseAt()).isNotNull();
        assertThat(closed.rating()).isEqualTo(5);
        assertThat(work.conversation(opened.id(), requester))
                .extracting(EntryView::kind)
                .containsExactly(EntryKind.PUBLIC_REPLY);
        assertThat(work.conversation(opened.id(), agent)).hasSize(2);
        assertThat(work.history(opened.id(), agent))
                .extracting(h -> h.field() + ":" + h.newValue())
                .contains(
                        "status:NEW",
                        "status:ASSIGNED",
                        "status:IN_PROGRESS",
                        "status:RESOLVED",
                        "status:CLOSED",
                        "rating:5");
    }

    @Test
    void illegalTransitionsAreRefusedAndChangeNothing() {
        TicketView opened = openAsZhangSan("Cannot resolve a new ticket");
        TicketViewer agent = viewers.of(id("li.na"));

        assertThatThrownBy(() -> work.resolve(opened.id(), agent, ResolutionCode.SOLVED, "x", null))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("illegal-transition"));
        assertThat(tickets.find(opened.id()).orElseThrow().status()).isEqualTo(TicketStatus.NEW);
    }

    @Test
    void resolvingNeedsCodeAndNotes() {
        TicketView opened = openAsZhangSan("Resolution needs notes");
        TicketViewer agent = viewers.of(id("li.na"));
        work.assign(opened.id(), agent, group("SD"), id("li.na"), null);

        assertThatThrownBy(() -> work.resolve(opened.id(), agent, ResolutionCode.SOLVED, " ", null))
                .isInstanceOf(DomainException.class);
        assertThat(tickets.find(opened.id()).orElseThrow().status()).isEqualTo(TicketStatus.ASSIGNED);
    }

    @Test
    void staleVersionIsRefused() {
        TicketView opened = openAsZhangSan("Two agents at once");
        TicketViewer agent = viewers.of(id("li.na"));
        work.assign(opened.id(), agent, group("SD"), id("li.na"), opened.version());

        assertThatThrownBy(() -> work.assign(opened.id(), agent, group("SD"), null, opened.version()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("stale"));
    }

    @Test
    void rejectionReopensWithTheReasonAsAReply() {
        TicketView opened = openAsZhangSan("Still broken after fix");
        TicketViewer agent = viewers.of(id("li.na"));
        TicketViewer requester = viewers.of(id("zhang.san"));
        work.assign(opened.id(), agent, group("SD"), id("li.na"), null);
        work.resolve(opened.id(), agent, ResolutionCode.SOLVED, "Restarted", null);

        TicketView rejected = work.reject(opened.id(), requester, "还是不行 still failing");

        assertThat(rejected.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(rejected.reopenCount()).isEqualTo(1);
        assertThat(work.conversation(opened.id(), requester))
                .extracting(EntryView::body)
                .contains("还是不行 still failing");
    }

    @Test
    void otherPeoplesTicketsAreNotFound() {
        TicketView opened = openAsZhangSan("Private matter");
        TicketViewer otherCustomer = viewers.of(id("alice.wu"));
        TicketViewer colleagueWithOrgVisibility = viewers.of(id("li.si"));

        assertThatThrownBy(() -> work.view(opened.id(), otherCustomer))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThat(work.view(opened.id(), colleagueWithOrgVisibility).id()).isEqualTo(opened.id());
    }

    @Test
    void securityIncidentsAreVisibleToTheSecurityGroupOnly() {
        TicketView incident = tickets.open(
                new OpenTicket(
                        TicketType.SECURITY_INCIDENT,
                        "Phishing mail",
                        "Suspicious link",
                        Channel.PHONE,
                        null,
                        Impact.SIGNIFICANT,
                        Urgency.HIGH,
                        id("zhang.san")),
                id("li.na"));

        assertThat(viewers.of(id("sun.jie")).sees(incident)).isTrue();
        assertThat(viewers.of(id("li.na")).sees(incident)).isFalse();
        assertThat(viewers.of(id("admin")).sees(incident)).isTrue();
        var agentQueue = queries.page(
                TicketFilter.all(), viewers.of(id("li.na")), TicketFilter.Sort.NEWEST, PageRequest.first(200));
        assertThat(agentQueue.items()).extracting(TicketRow::id).doesNotContain(incident.id());
    }

    @Test
    void queuesArePagedByKeyAndRespectVisibility() {
        var requesterUser = TestAccounts.user(accounts, Role.REQUESTER);
        for (int i = 0; i < 5; i++) {
            tickets.open(
                    new OpenTicket(null, "Queue " + i, "d", Channel.API, null, null, null, requesterUser.id()),
                    requesterUser.id());
        }
        TicketViewer requester = viewers.of(requesterUser.id());

        var first = queries.page(TicketFilter.all(), requester, TicketFilter.Sort.NEWEST, PageRequest.first(3));
        var second = queries.page(
                TicketFilter.all(), requester, TicketFilter.Sort.NEWEST, PageRequest.of(first.nextCursor(), 3));

        assertThat(first.items()).hasSize(3);
        assertThat(second.items()).hasSize(2);
        assertThat(second.nextCursor()).isNull();
        assertThat(first.items().get(0).title()).isEqualTo("Queue 4");
        assertThat(second.items()).allSatisfy(r -> assertThat(r.requesterId()).isEqualTo(requesterUser.id()));
    }

    @Test
    void anOpenWithAKeyAlreadyUsedIsAReplayOfTheFirstTicket() {
        var requester = TestAccounts.user(accounts, Role.REQUESTER);
        var command = new OpenTicket(null, "Replay", "d", Channel.API, null, null, null, requester.id());

        var first = tickets.openIdempotent(command, requester.id(), "key-1");
        var second = tickets.openIdempotent(command, requester.id(), "key-1");
        var other = tickets.openIdempotent(command, requester.id(), "key-2");

        assertThat(first.replayed()).isFalse();
        assertThat(second.replayed()).isTrue();
        assertThat(second.ticket().id()).isEqualTo(first.ticket().id());
        assertThat(other.replayed()).isFalse();
        assertThat(other.ticket().id()).isNotEqualTo(first.ticket().id());
    }

    @Test
    void theDueTimeQueueIsPagedByKeyWithTicketsWithoutADueTimeLast() {
        var requesterUser = TestAccounts.user(accounts, Role.REQUESTER);
        Instant base = Instant.parse("2031-03-01T08:00:00Z");
        // due times out of creation order, two alike, and two tickets without one
        Instant[] dues = {base.plusSeconds(300), null, base, base.plusSeconds(300), null, base.plusSeconds(60)};
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < dues.length; i++) {
            TicketView t = tickets.open(
                    new OpenTicket(null, "Due " + i, "d", Channel.API, null, null, null, requesterUser.id()),
                    requesterUser.id());
            ids.add(t.id());
        }
        // the SLA module plans every new ticket's due time after the commit; then ours replace them
        String planned = "SELECT COUNT(*) FROM ticket WHERE requester_id = ? AND due_at IS NOT NULL";
        Awaitility.await().until(() -> jdbc.queryForObject(planned, Integer.class, requesterUser.id()) == dues.length);
        for (int i = 0; i < dues.length; i++) {
            tickets.recordDueAt(ids.get(i), dues[i]);
        }
        TicketViewer requester = viewers.of(requesterUser.id());

        List<TicketRow> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(2);
        for (int page = 0; page < 10; page++) {
            var result = queries.page(TicketFilter.all(), requester, TicketFilter.Sort.DUE, request);
            seen.addAll(result.items());
            if (result.nextCursor() == null) {
                break;
            }
            request = PageRequest.of(result.nextCursor(), 2);
        }

        assertThat(seen)
                .extracting(TicketRow::id)
                .containsExactly(ids.get(2), ids.get(5), ids.get(0), ids.get(3), ids.get(1), ids.get(4));
        assertThat(seen.get(0).dueAt()).isEqualTo(base);
        assertThat(seen.get(5).dueAt()).isNull();
    }

    @Test
    void mergeMovesTheConversationAndClosesTheDuplicate() {
        TicketView original = openAsZhangSan("VPN down");
        TicketView duplicate = openAsZhangSan("VPN down again");
        TicketViewer agent = viewers.of(id("li.na"));
        work.reply(duplicate.id(), agent, EntryKind.PUBLIC_REPLY, "Looking", 0);

        work.link(duplicate.id(), agent, original.id(), LinkKind.DUPLICATE_OF);

        assertThat(tickets.find(duplicate.id()).orElseThrow().status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(work.conversation(original.id(), agent))
                .extracting(EntryView::body)
                .contains("Looking");
        assertThat(work.links(original.id(), agent))
                .extracting(TicketWork.LinkView::kind)
                .contains(LinkKind.DUPLICATE_OF);
    }
}
