package dev.keel.notification.domain;

/** Why a notification was sent. */
public enum NotificationKind {
    /** Confirmation to the requester that the ticket was opened. */
    OPENED,
    /** A ticket waits unassigned in a group's queue; sent to the group mailbox. */
    GROUP_QUEUE,
    /** An agent's public reply, to the requester. */
    REPLY,
    /** The ticket was resolved; the requester is asked to accept or reject. */
    RESOLVED,
    /** An SLA clock reached a warning threshold; to the people its policy names. */
    SLA_WARNING,
    /** An SLA clock passed its due time; to the people its policy names. */
    SLA_BREACH,
    /** The recipient's own account was locked after repeated failed sign-ins. */
    ACCOUNT_LOCKED
}
