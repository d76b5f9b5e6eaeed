package dev.keel.notification.domain;

import dev.keel.notification.NotificationKind;

/**
 * One composed e-mail. {@code eventKey} identifies the event that caused it, so that a retried event
 * does not send it twice.
 */
public record Mail(
        long ticketId, String eventKey, NotificationKind kind, String recipient, String subject, String text) {}
