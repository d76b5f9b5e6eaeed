package dev.keel.identity.domain;

import static dev.keel.identity.Role.ADMIN;
import static dev.keel.identity.Role.AGENT;
import static dev.keel.identity.Role.AUDITOR;
import static dev.keel.identity.Role.CAB_MEMBER;
import static dev.keel.identity.Role.CHANGE_MANAGER;
import static dev.keel.identity.Role.MAJOR_INCIDENT_MANAGER;
import static dev.keel.identity.Role.PROBLEM_MANAGER;
import static dev.keel.identity.Role.REQUESTER;
import static dev.keel.identity.Role.SERVICE_OWNER;
import static dev.keel.identity.Role.TEAM_LEAD;

import dev.keel.identity.ApiScope;
import dev.keel.identity.GroupTier;
import dev.keel.identity.OrganisationKind;
import dev.keel.identity.RegisterUser;
import dev.keel.identity.Role;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo service organisation (README, "Demo accounts"): a provider, two customers, five support
 * groups, agents, leads, managers, requesters and an administrator, plus three fixed API tokens. Created
 * once on an empty database when {@code keel.demo.enabled} is true; when it is false, the fixed demo
 * tokens are revoked so that they never work outside demo mode. Runs before other modules' demo
 * data, which refers to these users and groups.
 */
@Component
@Order(0)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "Keel-Demo-2026";
    static final String ADMIN_TOKEN = "keel_demo_admin_2026";
    static final String AGENT_TOKEN = "keel_demo_agent_2026";
    static final String REQUESTER_TOKEN = "keel_demo_requester_2026";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final boolean enabled;
    private final UserAccounts accounts;
    private final UserRepository users;
    private final OrganisationRepository organisations;
    private final SupportGroupRepository groups;
    private final ApiTokens tokens;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoData(
            @Value("${keel.demo.enabled:false}") boolean enabled,
            UserAccounts accounts,
            UserRepository users,
            OrganisationRepository organisations,
            SupportGroupRepository groups,
            ApiTokens tokens,
            PasswordEncoder passwordEncoder,
            TransactionTemplate transaction,
            Clock clock) {
        this.enabled = enabled;
        this.accounts = accounts;
        this.users = users;
        this.organisations = organisations;
        this.groups = groups;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (!enabled) {
                for (String secret : Set.of(ADMIN_TOKEN, AGENT_TOKEN, REQUESTER_TOKEN)) {
                    tokens.revokeSecret(secret);
                }
                return;
            }
            if (users.existsByUsername("admin")) {
                return;
            }
            seed();
            log.info("Demo data created: sign in as admin / {} (README lists every account)", PASSWORD);
        });
    }

    private void seed() {
        long provider = organisation("KEEL", "龙骨信息技术服务中心 Keel IT Services", OrganisationKind.PROVIDER);
        long manufacturing = organisation("ECM", "华东制造集团 East China Manufacturing", OrganisationKind.CUSTOMER);
        long retail = organisation("LTR", "兰亭零售 Lanting Retail", OrganisationKind.CUSTOMER);

        String hash = passwordEncoder.encode(PASSWORD);
        Map<String, Long> ids = new HashMap<>();
        ids.put("admin", user(hash, "admin", "系统管理员 Admin", provider, ADMIN));
        ids.put("zhou.min", user(hash, "zhou.min", "周敏 Zhou Min", provider, AGENT, TEAM_LEAD));
        ids.put("li.na", user(hash, "li.na", "李娜 Li Na", provider, AGENT));
        ids.put("wang.lei", user(hash, "wang.lei", "王磊 Wang Lei", provider, AGENT));
        ids.put("chen.hao", user(hash, "chen.hao", "陈浩 Chen Hao", provider, AGENT, TEAM_LEAD));
        ids.put("zhao.qiang", user(hash, "zhao.qiang", "赵强 Zhao Qiang", provider, AGENT, TEAM_LEAD));
        ids.put("liu.yang", user(hash, "liu.yang", "刘洋 Liu Yang", provider, AGENT, TEAM_LEAD));
        ids.put("sun.jie", user(hash, "sun.jie", "孙杰 Sun Jie", provider, AGENT, TEAM_LEAD));
        ids.put(
                "huang.wei",
                user(
                        hash,
                        "huang.wei",
                        "黄伟 Huang Wei",
                        provider,
                        AGENT,
                        PROBLEM_MANAGER,
                        CHANGE_MANAGER,
                        MAJOR_INCIDENT_MANAGER,
                        CAB_MEMBER));
        ids.put("xu.ling", user(hash, "xu.ling", "徐玲 Xu Ling", provider, SERVICE_OWNER, CAB_MEMBER));
        ids.put("he.ping", user(hash, "he.ping", "何平 He Ping", provider, AUDITOR));
        ids.put("zhang.san", user(hash, "zhang.san", "张三 Zhang San", manufacturing, REQUESTER));
        ids.put("li.si", user(hash, "li.si", "李四 Li Si", manufacturing, REQUESTER));
        ids.put("alice.wu", user(hash, "alice.wu", "吴爱丽 Alice Wu", retail, REQUESTER));

        group("SD", "服务台 Service Desk", GroupTier.L1, ids.get("zhou.min"), ids.get("li.na"), ids.get("wang.lei"));
        group("NET", "网络组 Network", GroupTier.L2, ids.get("chen.hao"), ids.get("wang.lei"));
        group("DB", "数据库组 Database", GroupTier.L2, ids.get("zhao.qiang"));
        group("APP", "应用组 Applications", GroupTier.L2, ids.get("liu.yang"), ids.get("li.na"));
        group("SEC", "安全组 Security", GroupTier.L3, ids.get("sun.jie")).scope(true, Set.of());
        users.findByUsername("li.si").orElseThrow().setOrganisationVisibility(true);

        demoToken("admin", "demo admin token", EnumSet.allOf(ApiScope.class), ADMIN_TOKEN);
        demoToken("li.na", "demo agent token", EnumSet.of(ApiScope.READ, ApiScope.WRITE), AGENT_TOKEN);
        demoToken("zhang.san", "demo requester token", EnumSet.of(ApiScope.READ, ApiScope.WRITE), REQUESTER_TOKEN);
    }

    private long organisation(String code, String name, OrganisationKind kind) {
        return organisations
                .save(new Organisation(code, name, kind, clock.instant()))
                .id();
    }

    private long user(String hash, String username, String displayName, long organisationId, Role... roles) {
        return accounts.registerHashed(
                        new RegisterUser(
                                username,
                                displayName,
                                username + "@keel.example",
                                "",
                                organisationId,
                                Set.of(roles),
                                "Asia/Shanghai"),
                        hash)
                .id();
    }

    private SupportGroup group(
            String code, String name, GroupTier tier, @Nullable Long lead, @Nullable Long... members) {
        SupportGroup group = new SupportGroup(code, name, tier, clock.instant());
        group.describe(name, null, tier, code.toLowerCase() + "@keel.example");
        for (Long member : members) {
            if (member != null) {
                group.addMember(member);
            }
        }
        group.setLead(lead);
        return groups.save(group);
    }

    private void demoToken(String username, String name, Set<ApiScope> scopes, String secret) {
        if (!tokens.existsSecret(secret)) {
            tokens.issueWithSecret(users.findByUsername(username).orElseThrow(), name, scopes, secret);
        }
    }
}
