package dev.keel.routing.domain;

import dev.keel.cmdb.CiSupport;
import dev.keel.identity.GroupSummary;
import dev.keel.identity.UserDirectory;
import dev.keel.ticket.TicketManagement;
import dev.keel.ticket.TicketStatus;
import dev.keel.ticket.TicketView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routes a new ticket: the first matching rule decides the group; without a match a group the category
 * already gave is kept, else the fallback group applies. The group's policy then may pick a person.
 * A ticket someone already took in hand (assigned, or no longer new) is left alone.
 */
@Service
public class Router {

    private static final Logger log = LoggerFactory.getLogger(Router.class);

    private final RoutingRuleRepository rules;
    private final GroupPolicyRepository policies;
    private final TicketManagement tickets;
    private final UserDirectory directory;
    private final RoutingProperties properties;
    private final CiSupport cis;

    Router(
            RoutingRuleRepository rules,
            GroupPolicyRepository policies,
            TicketManagement tickets,
            UserDirectory directory,
            RoutingProperties properties,
            CiSupport cis) {
        this.rules = rules;
        this.policies = policies;
        this.tickets = tickets;
        this.directory = directory;
        this.properties = properties;
        this.cis = cis;
    }

    /** The outcome of routing one ticket; {@code changed} is false when the ticket was left as it was. */
    public record Routed(
            boolean changed,
            @Nullable Long groupId,
            @Nullable Long assigneeId) {

        static Routed unchanged() {
            return new Routed(false, null, null);
        }
    }

    /**
     * Routes the ticket in a transaction of its own, as the system (its history shows "System", not the
     * person whose ticket it is). The ticket is
     * optimistically locked: if someone changes it meanwhile, this throws and the caller may retry.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Routed route(long ticketId) {
        Optional<TicketView> found = tickets.find(ticketId);
        if (found.isEmpty()) {
            return Routed.unchanged();
        }
        TicketView ticket = found.get();
        if (ticket.status() != TicketStatus.NEW || ticket.assigneeId() != null) {
            return Routed.unchanged();
        }
        boolean restricted = ticket.type().restricted();
        // CIs linked before routing ran (an API client that creates and links at once) decide first
        Long group = ciGroup(ticket);
        if (group == null) {
            group = firstMatchingRule(ticket, restricted);
        }
        if (group == null && restricted && ticket.groupId() == null && fallbackGroup() != null) {
            // a security incident only ever reaches people who may see it: the first security group
            // takes the place of the fallback group
            group = directory.groups().stream()
                    .filter(GroupSummary::security)
                    .map(GroupSummary::id)
                    .findFirst()
                    .orElse(null);
        }
        if (group == null && ticket.groupId() == null && !restricted) {
            group = fallbackGroup();
        }
        if (group == null) {
            return Routed.unchanged();
        }
        Long assignee = pickAssignee(group);
        if (group.equals(ticket.groupId()) && assignee == null) {
            return Routed.unchanged();
        }
        tickets.assign(ticketId, group, assignee, null);
        log.debug("Routed ticket {} to group {} and assignee {}", ticket.number(), group, assignee);
        return new Routed(true, group, assignee);
    }

    /**
     * A configuration item was named as affected by the ticket: a ticket nobody took in hand yet (new,
     * without an assignee) moves to the support group of its CIs ({@link CiSupport}), whose policy may
     * then pick a person. The group that looks after the failing CI is the one that can fix it; a
     * rule's or the fallback group's choice was made without knowing the CI. Security incidents only
     * move to a security group. Off with {@code keel.routing.follow-ci-support-group=false}. Recorded as
     * done by the system.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Routed followCi(long ticketId) {
        Optional<TicketView> found = tickets.find(ticketId);
        if (found.isEmpty()) {
            return Routed.unchanged();
        }
        TicketView ticket = found.get();
        Long group = ciGroup(ticket);
        if (ticket.status() != TicketStatus.NEW
                || ticket.assigneeId() != null
                || group == null
                || group.equals(ticket.groupId())) {
            return Routed.unchanged();
        }
        Long assignee = pickAssignee(group);
        tickets.assign(ticketId, group, assignee, null);
        log.debug("Ticket {} follows its CI to support group {}", ticket.number(), group);
        return new Routed(true, group, assignee);
    }

    /** The support group of the ticket's CIs, when routing follows CIs and the group may take it. */
    private @Nullable Long ciGroup(TicketView ticket) {
        if (!properties.followCiSupportGroup()) {
            return null;
        }
        return cis.supportGroupForTicket(ticket.id())
                .filter(group -> directory.findGroup(group).isPresent())
                .filter(group -> !ticket.type().restricted() || isSecurityGroup(group))
                .orElse(null);
    }

    private @Nullable Long firstMatchingRule(TicketView ticket, boolean restricted) {
        return rules.findAllByOrderByPositionAscIdAsc().stream()
                .filter(rule -> rule.matches(ticket))
                .map(RoutingRule::targetGroupId)
                .filter(target -> !restricted || isSecurityGroup(target))
                .findFirst()
                .orElse(null);
    }

    private boolean isSecurityGroup(long groupId) {
        return directory.findGroup(groupId).map(GroupSummary::security).orElse(false);
    }

    private @Nullable Long fallbackGroup() {
        String code = properties.fallbackGroup();
        if (code == null || code.isBlank()) {
            return null;
        }
        Optional<GroupSummary> group = directory.findGroup(code.strip());
        if (group.isEmpty()) {
            log.warn("Fallback routing group {} does not exist; ticket stays without a group", code);
        }
        return group.map(GroupSummary::id).orElse(null);
    }

    private @Nullable Long pickAssignee(long groupId) {
        Optional<GroupPolicy> policy = policies.lockByGroupId(groupId);
        Optional<GroupSummary> group = directory.findGroup(groupId);
        if (policy.isEmpty() || group.isEmpty()) {
            return null;
        }
        List<Long> available = group.get().memberIds().stream()
                .filter(id -> directory
                        .findUser(id)
                        .filter(u -> u.enabled() && !u.locked())
                        .isPresent())
                .sorted()
                .toList();
        Map<Long, Long> counts = switch (policy.get().strategy()) {
            case LEAST_LOADED -> tickets.openAssignmentCounts(Set.copyOf(available));
            case NONE, ROUND_ROBIN -> Map.of();
        };
        return policy.get().pick(available, counts);
    }
}
