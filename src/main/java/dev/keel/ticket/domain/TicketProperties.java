package dev.keel.ticket.domain;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Service-desk rules: resolved tickets close after {@code autoCloseAfter} without an answer; closed
 * ones may be reopened within {@code reopenWindow}; attachments are limited in size and type; ticket
 * numbers carry the date in {@code numberZone}.
 */
@ConfigurationProperties("keel.ticket")
public record TicketProperties(
        Duration autoCloseAfter,
        Duration reopenWindow,
        DataSize maxAttachmentSize,
        List<String> allowedAttachmentTypes,
        String numberZone) {}
