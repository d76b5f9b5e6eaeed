package dev.keel.ticket;

/** How widely the problem is felt, from a whole organisation down to one person. */
public enum Impact {
    EXTENSIVE,
    SIGNIFICANT,
    MODERATE,
    MINOR
}
