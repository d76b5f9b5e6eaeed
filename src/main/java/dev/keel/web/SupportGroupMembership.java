package dev.keel.web;

/**
 * Whether a user belongs to a support group, for where they land after signing in. Implemented by the
 * module that owns users and groups.
 */
public interface SupportGroupMembership {

    boolean belongsToSupportGroup(long userId);
}
