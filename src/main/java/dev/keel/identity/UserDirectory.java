package dev.keel.identity;

import java.util.List;
import java.util.Optional;

/** What other modules may ask about people and groups. Read-only; never returns secrets. */
public interface UserDirectory {

    Optional<UserSummary> findUser(long userId);

    Optional<UserSummary> findUser(String username);

    /** The group with this code (e.g. {@code SD}); empty when there is none. */
    Optional<GroupSummary> findGroupByCode(String code);

    /** The groups a user belongs to (as member or lead); empty for an unknown user. */
    List<GroupSummary> groupsOf(long userId);

    Optional<GroupSummary> findGroup(long groupId);
}
