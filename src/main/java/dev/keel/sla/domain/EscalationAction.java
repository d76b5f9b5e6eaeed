package dev.keel.sla.domain;

/** What a threshold does when a clock reaches it. */
public enum EscalationAction {
    /** E-mail the assignee (or nobody when unassigned). */
    NOTIFY_ASSIGNEE,
    /** E-mail the lead of the ticket's group. */
    NOTIFY_GROUP_LEAD,
    /** E-mail a named user (a manager). */
    NOTIFY_USER,
    /** Put the ticket in another group's queue, without a person. */
    REASSIGN_GROUP,
    /** Raise the priority by one step (P4 → P3 → P2 → P1). */
    RAISE_PRIORITY
}
