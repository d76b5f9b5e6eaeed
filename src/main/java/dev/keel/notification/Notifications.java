package dev.keel.notification;

import java.util.List;

/** Read access to the notification log. */
public interface Notifications {

    /** Every notification attempt about a ticket, oldest first. */
    List<NotificationRecord> forTicket(long ticketId);
}
