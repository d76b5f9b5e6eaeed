package dev.keel.ticket;

import org.jspecify.annotations.Nullable;

/**
 * Command: record a new ticket. {@code requesterId} is who needs help; the actor creating it may be an
 * agent logging a phone call. Impact and urgency may be left out (the category or defaults decide).
 */
public record OpenTicket(
        @Nullable TicketType type,
        String title,
        String description,
        Channel channel,
        @Nullable Long categoryId,
        @Nullable Impact impact,
        @Nullable Urgency urgency,
        long requesterId) {}
