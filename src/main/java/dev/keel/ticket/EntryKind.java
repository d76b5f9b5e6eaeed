package dev.keel.ticket;

/** A conversation entry: a public reply the requester sees, an internal note, or a system note. */
public enum EntryKind {
    PUBLIC_REPLY,
    INTERNAL_NOTE,
    SYSTEM
}
