package dev.keel.routing.domain;

import dev.keel.identity.UserDirectory;
import dev.keel.routing.AssignmentStrategy;
import dev.keel.routing.RoutingConfigurationChanged;
import dev.keel.routing.SaveRoutingRule;
import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import dev.keel.ticket.TicketManagement;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maintains routing rules (validated, kept in order) and group policies. Every change publishes an
 * auditable {@link RoutingConfigurationChanged}.
 */
@Service
@Transactional
public class RoutingRules {

    private final RoutingRuleRepository rules;
    private final GroupPolicyRepository policies;
    private final UserDirectory directory;
    private final TicketManagement tickets;
    private final ApplicationEventPublisher events;

    RoutingRules(
            RoutingRuleRepository rules,
            GroupPolicyRepository policies,
            UserDirectory directory,
            TicketManagement tickets,
            ApplicationEventPublisher events) {
        this.rules = rules;
        this.policies = policies;
        this.directory = directory;
        this.tickets = tickets;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<RoutingRuleView> list() {
        return rules.findAllByOrderByPositionAscIdAsc().stream()
                .map(RoutingRule::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public RoutingRuleView find(long id) {
        return load(id).view();
    }

    public RoutingRuleView create(SaveRoutingRule command, Actor actor) {
        RoutingRule rule = rules.saveAndFlush(new RoutingRule(rules.maxPosition() + 1, validate(command)));
        publish(actor, "routing.rule-created", rule, describe(rule.view()));
        return rule.view();
    }

    /** Changes a rule; {@code version} must be the one the editor saw, else "changed by someone else". */
    public RoutingRuleView update(long id, SaveRoutingRule command, @Nullable Long version, Actor actor) {
        RoutingRule rule = load(id);
        if (version == null) {
            throw DomainException.invalid("version", "validation.required");
        }
        if (rule.version() != version) {
            throw RoutingErrors.stale();
        }
        rule.change(validate(command));
        rules.saveAndFlush(rule);
        publish(actor, "routing.rule-updated", rule, describe(rule.view()));
        return rule.view();
    }

    public void delete(long id, Actor actor) {
        RoutingRule rule = load(id);
        rules.delete(rule);
        publish(actor, "routing.rule-deleted", rule, describe(rule.view()));
    }

    /** Swaps the rule with its neighbour above ({@code up}) or below; at either end nothing changes. */
    public void move(long id, boolean up, Actor actor) {
        List<RoutingRule> ordered = rules.findAllByOrderByPositionAscIdAsc();
        int index = -1;
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).id() == id) {
                index = i;
            }
        }
        if (index < 0) {
            throw RoutingErrors.ruleNotFound();
        }
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= ordered.size()) {
            return;
        }
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1);
        }
        RoutingRule rule = ordered.get(index);
        ordered.get(other).moveTo(index + 1);
        rule.moveTo(other + 1);
        rules.flush();
        publish(actor, "routing.rule-moved", rule, "position=" + rule.position());
    }

    @Transactional(readOnly = true)
    public List<GroupPolicyView> policies() {
        return policies.findAllByOrderByGroupIdAsc().stream()
                .map(GroupPolicy::view)
                .toList();
    }

    /** Sets how a group assigns new tickets; creates the policy on first use. */
    public GroupPolicyView setPolicy(@Nullable Long groupId, @Nullable AssignmentStrategy strategy, Actor actor) {
        if (groupId == null || directory.findGroup(groupId).isEmpty()) {
            throw DomainException.invalid("groupId", "routing.validation.group");
        }
        if (strategy == null) {
            throw DomainException.invalid("strategy", "validation.required");
        }
        GroupPolicy policy = policies.findById(groupId).orElseGet(() -> new GroupPolicy(groupId, strategy));
        policy.use(strategy);
        policies.saveAndFlush(policy);
        events.publishEvent(new RoutingConfigurationChanged(
                "routing.policy-set", actor.name(), actor.remoteAddress(), "group:" + groupId, "strategy=" + strategy));
        return policy.view();
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return rules.count() == 0;
    }

    private RoutingRule load(long id) {
        return rules.findById(id).orElseThrow(RoutingErrors::ruleNotFound);
    }

    private RoutingRule.Content validate(SaveRoutingRule c) {
        String name = c.name() == null ? "" : c.name().strip();
        if (name.isEmpty()) {
            throw DomainException.invalid("name", "validation.required");
        }
        if (name.length() > 200) {
            throw DomainException.invalid("name", "validation.tooLong", 200);
        }
        if (c.targetGroupId() == null || directory.findGroup(c.targetGroupId()).isEmpty()) {
            throw DomainException.invalid("targetGroupId", "routing.validation.group");
        }
        if (c.categoryId() != null && !tickets.categoryExists(c.categoryId())) {
            throw DomainException.invalid("categoryId", "routing.validation.category");
        }
        if (c.organisationId() != null
                && directory.findOrganisation(c.organisationId()).isEmpty()) {
            throw DomainException.invalid("organisationId", "routing.validation.organisation");
        }
        String keywords = String.join(",", RoutingRule.keywordList(c.keywords()));
        if (keywords.length() > 1000) {
            throw DomainException.invalid("keywords", "validation.tooLong", 1000);
        }
        return new RoutingRule.Content(
                name, c.categoryId(), c.organisationId(), c.channel(), keywords, c.targetGroupId(), c.active());
    }

    private void publish(Actor actor, String action, RoutingRule rule, String details) {
        events.publishEvent(new RoutingConfigurationChanged(
                action, actor.name(), actor.remoteAddress(), "routing-rule:" + rule.id(), details));
    }

    private static String describe(RoutingRuleView r) {
        return "name=" + r.name() + ", group=" + r.targetGroupId() + ", category=" + r.categoryId()
                + ", organisation=" + r.organisationId() + ", channel=" + r.channel() + ", keywords=" + r.keywords()
                + ", active=" + r.active();
    }
}
