package dev.keel.notification;

import dev.keel.notification.domain.NotificationRecord;
import java.util.List;
import java.util.Optional;

/** Read access to the notification log. */
public interface Notifications {

    /** Every notification attempt about a ticket, oldest first. */
    List<NotificationRecord> forTicket(long ticketId);

    /** The ticket a sent notification with this Message-ID (without angle brackets) was about. */
    Optional<Long> ticketOfSentMessage(String messageId);

    /** Message-IDs (without angle brackets) of notifications sent about a ticket, oldest first. */
    List<String> sentMessageIds(long ticketId);
}
