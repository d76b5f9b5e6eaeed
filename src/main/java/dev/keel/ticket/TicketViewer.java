package dev.keel.ticket;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is looking at tickets, with everything visibility depends on: requesters see their own (or
 * their organisation's, where granted); agents see their groups' tickets, their own assignments and
 * the customers their groups serve; only security-group members see security incidents (besides their
 * reporter, who follows them as a requester: no internal notes or files); admins see all.
 *
 * @param servedOrganisationIds customers the agent's groups serve; null means all customers
 */
public record TicketViewer(
        long userId,
        boolean agent,
        boolean admin,
        Set<Long> groupIds,
        boolean securityMember,
        @Nullable Set<Long> servedOrganisationIds,
        @Nullable Long organisationId,
        boolean organisationVisibility) {

    public boolean sees(TicketView t) {
        if (t.type().restricted() && !securityMember && !admin) {
            // the reporter follows their own report like any other of their tickets; nobody else does
            return t.requesterId() == userId;
        }
        if (admin) {
            return true;
        }
        if (t.requesterId() == userId) {
            return true;
        }
        if (agent) {
            if (t.assigneeId() != null && t.assigneeId() == userId) {
                return true;
            }
            if (t.groupId() != null && groupIds.contains(t.groupId())) {
                return true;
            }
            return servedOrganisationIds == null
                    || (t.organisationId() != null && servedOrganisationIds.contains(t.organisationId()));
        }
        return organisationVisibility && organisationId != null && organisationId.equals(t.organisationId());
    }

    /** Agents work tickets they can see; requesters only act on their own as requesters. */
    public boolean works(TicketView t) {
        if (t.type().restricted() && !securityMember && !admin) {
            return false;
        }
        return (agent || admin) && sees(t);
    }
}
