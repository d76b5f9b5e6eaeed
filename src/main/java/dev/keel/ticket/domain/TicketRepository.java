package dev.keel.ticket.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface TicketRepository extends JpaRepository<Ticket, Long> {

    java.util.Optional<Ticket> findByNumber(String number);
}
