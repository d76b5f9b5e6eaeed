package dev.keel.ticket.domain;

import dev.keel.ticket.TicketStatus;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TicketRepository extends JpaRepository<Ticket, Long> {

    java.util.Optional<Ticket> findByNumber(String number);

    @Query("select t.id from Ticket t where t.status = :status and t.resolvedAt < :before order by t.resolvedAt, t.id")
    List<Long> findIdsByStatusAndResolvedBefore(TicketStatus status, Instant before, Limit limit);
}
