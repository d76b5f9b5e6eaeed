package dev.keel.routing.domain;

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

    Router(
            RoutingRuleRepository rules,
            GroupPolicyRepository policies,
            TicketManagement tickets,
            UserDirectory directory,
            RoutingProperties properties) {
        this.rules = rules;
        this.policies = policies;
        this.tickets = tickets;
        this.directory = directory;
        this.properties = properties;
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
     * Routes the ticket in a transaction of its own, on behalf of {@code actorId}. The ticket is
     * optimistically locked: if someone changes it meanwhile, this throws and the caller may retry.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Routed route(long ticketId, long actorId) {
        Optional<TicketView> found = tickets.find(ticketId);
        if (found.isEmpty()) {
            return Routed.unchanged();
        }
        TicketView ticket = found.get();
        if (ticket.status() != TicketStatus.NEW || ticket.assigneeId() != null) {
            return Routed.unchanged();
        }
        Long group = rules.findAllByOrderByPositionAscIdAsc().stream()
                .filter(rule -> rule.matches(ticket))
                .findFirst()
                .map(RoutingRule::targetGroupId)
                .orElse(null);
        if (group == null && ticket.groupId() == null) {
            group = fallbackGroup();
        }
        if (group == null) {
            return Routed.unchanged();
        }
        Long assignee = pickAssignee(group);
        if (group.equals(ticket.groupId()) && assignee == null) {
            return Routed.unchanged();
        }
        tickets.assign(ticketId, group, assignee, actorId);
        log.debug("Routed ticket {} to group {} and assignee {}", ticket.number(), group, assignee);
        return new Routed(true, group, assignee);
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
