package dev.keel.cmdb.domain;

import dev.keel.cmdb.CiLinkedToTicket;
import dev.keel.shared.Actor;
import dev.keel.ticket.TicketAccess;
import dev.keel.ticket.TicketStatus;
import dev.keel.ticket.TicketView;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CIs a ticket affects. The link table belongs to the CMDB, so the ticket module knows nothing of
 * it; a ticket the user may not see is reported as not found, like everywhere else.
 */
@Service
@Transactional
public class CiTicketLinks {

    static final int RECENT = 20;

    private final JdbcTemplate jdbc;
    private final TicketAccess tickets;
    private final ConfigurationItems items;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CiTicketLinks(
            JdbcTemplate jdbc,
            TicketAccess tickets,
            ConfigurationItems items,
            Clock clock,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.tickets = tickets;
        this.items = items;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Links the CI to the ticket (idempotent); retired CIs are refused. A new link publishes {@link
     * CiLinkedToTicket} (routing may then move a ticket nobody took yet to the CI's support group).
     */
    public void link(long ticketId, long ciId, long userId, Actor actor) {
        visible(ticketId, userId);
        ConfigurationItem ci = items.find(ciId);
        if (ci.retired()) {
            throw CmdbErrors.invalid("ciId", "cmdb.validation.ciRetired", ci.name());
        }
        Integer n = jdbc.queryForObject(
                "select count(*) from cmdb_ticket_link where ticket_id = ? and ci_id = ?",
                Integer.class,
                ticketId,
                ciId);
        if (n != null && n > 0) {
            return;
        }
        jdbc.update(
                "insert into cmdb_ticket_link (ticket_id, ci_id, linked_at, linked_by) values (?, ?, ?, ?)",
                ticketId,
                ciId,
                Timestamp.from(clock.instant()),
                actor.name());
        events.publishEvent(new CiLinkedToTicket(ticketId, ciId));
    }

    public void unlink(long ticketId, long ciId, long userId) {
        visible(ticketId, userId);
        jdbc.update("delete from cmdb_ticket_link where ticket_id = ? and ci_id = ?", ticketId, ciId);
    }

    /** The CIs linked to a ticket the user may see. */
    @Transactional(readOnly = true)
    public List<ConfigurationItem> cisOf(long ticketId, long userId) {
        visible(ticketId, userId);
        List<Long> ids = jdbc.queryForList(
                "select ci_id from cmdb_ticket_link where ticket_id = ? order by linked_at", Long.class, ticketId);
        return items.findAll(ids).stream()
                .sorted(Comparator.comparing(ConfigurationItem::name))
                .toList();
    }

    /** The tickets linked to a CI that the user may see: open ones first, then the most recent. */
    @Transactional(readOnly = true)
    public List<TicketView> ticketsOf(long ciId, long userId) {
        List<Long> ids = jdbc.queryForList(
                "select ticket_id from cmdb_ticket_link where ci_id = ? order by ticket_id desc", Long.class, ciId);
        return ids.stream()
                .limit(200)
                .map(id -> tickets.findVisible(id, userId))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing((TicketView t) -> closed(t))
                        .thenComparing(TicketView::id, Comparator.reverseOrder()))
                .limit(RECENT)
                .toList();
    }

    static boolean closed(TicketView ticket) {
        return ticket.status() == TicketStatus.CLOSED
                || ticket.status() == TicketStatus.RESOLVED
                || ticket.status() == TicketStatus.CANCELLED;
    }

    private TicketView visible(long ticketId, long userId) {
        return tickets.findVisible(ticketId, userId).orElseThrow(() -> CmdbErrors.notFound("ticket"));
    }
}
