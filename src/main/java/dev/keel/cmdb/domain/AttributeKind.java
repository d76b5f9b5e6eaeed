package dev.keel.cmdb.domain;

/** The type of a CI class attribute; values are validated and normalised by it. */
public enum AttributeKind {
    TEXT,
    NUMBER,
    DATE,
    CHOICE,
    USER,
    GROUP,
    CI,
    IP,
    URL
}
