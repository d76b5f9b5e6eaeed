package dev.keel.ticket.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface TicketEntryRepository extends JpaRepository<TicketEntry, Long> {

    java.util.List<TicketEntry> findByTicketIdOrderById(long ticketId);
}
