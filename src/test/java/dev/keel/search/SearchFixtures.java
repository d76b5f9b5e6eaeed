package dev.keel.search;

import dev.keel.identity.ApiScope;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.domain.ApiTokens;
import dev.keel.shared.Actor;
import dev.keel.ticket.Channel;
import dev.keel.ticket.EntryKind;
import dev.keel.ticket.OpenTicket;
import dev.keel.ticket.TicketType;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.domain.Tickets;
import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Tickets of demo users with unique marker words, and API tokens of demo users, for search tests. A plain
 * helper, not a bean: importing it would give the tests a context (and on PostgreSQL, id blocks) of their own.
 */
class SearchFixtures {

    private final Tickets tickets;
    private final UserDirectory directory;
    private final ApiTokens tokens;

    SearchFixtures(Tickets tickets, UserDirectory directory, ApiTokens tokens) {
        this.tickets = tickets;
        this.directory = directory;
        this.tokens = tokens;
    }

    /** A word no other test uses: letters only, so that every analyzer keeps it as one token. */
    static String marker() {
        StringBuilder b = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            b.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return b.toString();
    }

    long userId(String username) {
        return directory.findUser(username).orElseThrow().id();
    }

    /** A ticket of {@code requester}, assigned like the ticket matrix does: security to SEC, else SD. */
    TicketView ticket(String requester, TicketType type, String title, String description) {
        TicketView opened = tickets.open(
                new OpenTicket(type, title, description, Channel.PHONE, null, null, null, userId(requester)),
                userId("admin"));
        boolean security = type.restricted();
        String owner = security ? "sun.jie" : "zhou.min";
        long group = directory.groupsOf(userId(owner)).stream()
                .filter(g -> g.code().equals(security ? "SEC" : "SD"))
                .findFirst()
                .orElseThrow()
                .id();
        tickets.assign(opened.id(), group, userId(owner), userId("admin"));
        return opened;
    }

    void entry(long ticketId, EntryKind kind, String body) {
        tickets.addEntry(ticketId, kind, body, userId("admin"));
    }

    String bearer(String username) {
        return "Bearer "
                + tokens.issue(username, "search", EnumSet.of(ApiScope.READ), 1, Actor.SYSTEM)
                        .secret();
    }
}
