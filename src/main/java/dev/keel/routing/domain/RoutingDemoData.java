package dev.keel.routing.domain;

import dev.keel.identity.GroupSummary;
import dev.keel.identity.UserDirectory;
import dev.keel.routing.AssignmentStrategy;
import dev.keel.routing.SaveRoutingRule;
import dev.keel.shared.Actor;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo routing (with {@code keel.routing.seed-demo}, on by default in demo mode): database, network,
 * phishing and mail keywords to the DB, NET, SEC and APP groups (in that order); round robin in the service desk, least loaded in
 * the network group. Runs once the application is ready, after the identity demo data exists, and only
 * while there is no rule at all.
 */
@Component
public class RoutingDemoData {

    private static final Logger log = LoggerFactory.getLogger(RoutingDemoData.class);

    private final RoutingRules rules;
    private final UserDirectory directory;
    private final RoutingProperties properties;

    RoutingDemoData(RoutingRules rules, UserDirectory directory, RoutingProperties properties) {
        this.rules = rules;
        this.directory = directory;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (properties.seedDemo() && rules.isEmpty()) {
            seed();
            log.info("Demo routing rules and group policies created");
        }
    }

    /** Creates the demo rules and policies for the demo groups that exist; returns how many rules. */
    public int seed() {
        int created = 0;
        created += rule("数据库 / Database", "数据库,database", "DB");
        created += rule("网络 / Network", "VPN,网络,network", "NET");
        created += rule("钓鱼邮件 / Phishing", "钓鱼,phishing", "SEC");
        created += rule("邮件 / Mail", "outlook,邮件,邮箱,mail", "APP");
        policy("SD", AssignmentStrategy.ROUND_ROBIN);
        policy("NET", AssignmentStrategy.LEAST_LOADED);
        return created;
    }

    private int rule(String name, String keywords, String groupCode) {
        Optional<GroupSummary> group = directory.findGroup(groupCode);
        group.ifPresent(
                g -> rules.create(new SaveRoutingRule(name, null, null, null, keywords, g.id(), true), Actor.SYSTEM));
        return group.isPresent() ? 1 : 0;
    }

    private void policy(String groupCode, AssignmentStrategy strategy) {
        directory.findGroup(groupCode).ifPresent(g -> rules.setPolicy(g.id(), strategy, Actor.SYSTEM));
    }
}
