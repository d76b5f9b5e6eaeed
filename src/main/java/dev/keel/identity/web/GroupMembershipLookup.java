package dev.keel.identity.web;

import dev.keel.identity.UserDirectory;
import dev.keel.web.SupportGroupMembership;
import org.springframework.stereotype.Component;

/** Tells the web shell whether a user belongs to any support group. */
@Component
class GroupMembershipLookup implements SupportGroupMembership {

    private final UserDirectory directory;

    GroupMembershipLookup(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public boolean belongsToSupportGroup(long userId) {
        return !directory.groupsOf(userId).isEmpty();
    }
}
