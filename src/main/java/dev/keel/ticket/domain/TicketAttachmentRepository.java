package dev.keel.ticket.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface TicketAttachmentRepository extends JpaRepository<TicketAttachment, Long> {

    java.util.List<TicketAttachment> findByTicketIdOrderById(long ticketId);

    java.util.List<TicketAttachment> findByEntryIdOrderById(long entryId);
}
