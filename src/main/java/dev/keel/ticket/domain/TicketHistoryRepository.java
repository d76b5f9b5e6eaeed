package dev.keel.ticket.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface TicketHistoryRepository extends JpaRepository<TicketHistoryEntry, Long> {

    java.util.List<TicketHistoryEntry> findByTicketIdOrderById(long ticketId);
}
