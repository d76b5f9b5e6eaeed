package dev.keel.search;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is searching, with everything visibility rules need. Built by the search module from the signed-in
 * principal (web or API token); contributors must show a hit only if this person may open it.
 *
 * <p>The ticket fields mirror {@code dev.keel.ticket.TicketViewer}: requesters see their own tickets and,
 * where granted, their organisation's; agents see their groups' tickets, their assignments and the
 * customers their groups serve; only security-group members see security incidents; admins see all.
 *
 * @param userId the user's id
 * @param agent true when the user may use the workspace (sees internal content of what they may see)
 * @param admin true for administrators
 * @param groupIds the user's groups
 * @param securityMember true when one of the groups is a security group
 * @param servedOrganisationIds customers the agent's groups serve; null means all customers
 * @param organisationId the requester's organisation, if any
 * @param organisationVisibility true when the requester may see their organisation's tickets
 * @param authorities the permission authorities the user holds (e.g. {@code workspace:use})
 * @param locale the user's language, for labels that are names in two languages (categories)
 */
public record Searcher(
        long userId,
        boolean agent,
        boolean admin,
        Set<Long> groupIds,
        boolean securityMember,
        @Nullable Set<Long> servedOrganisationIds,
        @Nullable Long organisationId,
        boolean organisationVisibility,
        Set<String> authorities,
        Locale locale) {

    public Searcher {
        groupIds = Set.copyOf(groupIds);
        servedOrganisationIds = servedOrganisationIds == null ? null : Set.copyOf(servedOrganisationIds);
        authorities = Set.copyOf(authorities);
    }

    public boolean has(String authority) {
        return authorities.contains(authority);
    }
}
