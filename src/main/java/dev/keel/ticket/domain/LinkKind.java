package dev.keel.ticket.domain;

/** How two tickets relate: parent of a child, related, or duplicate of another. */
public enum LinkKind {
    PARENT_OF,
    RELATED,
    DUPLICATE_OF
}
