package dev.keel.identity;

/** The support tier of a group, used by functional escalation (L1 → L2 → L3 → supplier). */
public enum GroupTier {
    L1,
    L2,
    L3,
    SUPPLIER
}
