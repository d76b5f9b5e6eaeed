package dev.keel.sla.domain;

import dev.keel.identity.OrganisationSummary;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import dev.keel.shared.Actor;
import dev.keel.sla.ClockKind;
import dev.keel.sla.PolicyTarget;
import dev.keel.sla.PolicyView;
import dev.keel.sla.Threshold;
import dev.keel.ticket.Priority;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The product defaults, created while there is no calendar: the mainland-China working calendar
 * (09:00–12:00 and 13:30–18:00 Monday to Friday, with the official 2024–2026 holidays and make-up days),
 * a 24 × 7 calendar, and the default policy from the service manual (§1.4). In demo mode, also a
 * contract with its own policy for the demo customer.
 */
@Component
@Order(50)
public class SlaDefaults implements ApplicationRunner {

    public static final String CHINA = "中国大陆工作日 / Mainland China business days";
    public static final String ALWAYS = "7 × 24";
    public static final String DEFAULT_POLICY = "默认服务级别 / Default service level";
    static final List<Integer> OFFICIAL_YEARS = List.of(2024, 2025, 2026);

    private static final Logger log = LoggerFactory.getLogger(SlaDefaults.class);

    private final Calendars calendars;
    private final Policies policies;
    private final Contracts contracts;
    private final UserDirectory directory;
    private final boolean demo;

    SlaDefaults(
            Calendars calendars,
            Policies policies,
            Contracts contracts,
            UserDirectory directory,
            @Value("${keel.demo.enabled:false}") boolean demo) {
        this.calendars = calendars;
        this.policies = policies;
        this.contracts = contracts;
        this.directory = directory;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!calendars.list().isEmpty()) {
            return;
        }
        try {
            seed();
        } catch (DataIntegrityViolationException e) {
            log.info("SLA defaults were created by another node");
        }
    }

    void seed() {
        long china = chinaCalendar();
        long always = calendars
                .create(
                        new SaveCalendar(ALWAYS, "Asia/Shanghai", week("00:00-24:00", true), "全天候 / around the clock"),
                        Actor.SYSTEM)
                .id();
        PolicyView standard = policies.create(
                new SavePolicy(
                        DEFAULT_POLICY,
                        null,
                        null,
                        null,
                        null,
                        china,
                        Set.of("PENDING:REQUESTER"),
                        defaultTargets(always),
                        List.of(
                                new Threshold(75, EscalationAction.NOTIFY_ASSIGNEE, null, null),
                                new Threshold(100, EscalationAction.NOTIFY_ASSIGNEE, null, null),
                                new Threshold(100, EscalationAction.NOTIFY_GROUP_LEAD, null, null)),
                        true),
                Actor.SYSTEM);
        log.info("Default SLA calendars and policy created");
        if (demo) {
            demo(china, always, standard);
        }
    }

    private long chinaCalendar() {
        long id = calendars
                .create(
                        new SaveCalendar(
                                CHINA,
                                "Asia/Shanghai",
                                week("09:00-12:00,13:30-18:00", false),
                                "国务院办公厅节假日安排 2024–2026"),
                        Actor.SYSTEM)
                .id();
        for (int year : OFFICIAL_YEARS) {
            calendars.apply(id, "json", Calendars.officialSchedule(year), Actor.SYSTEM);
        }
        return id;
    }

    static List<PolicyTarget> defaultTargets(long always) {
        List<PolicyTarget> targets = new ArrayList<>();
        targets.add(new PolicyTarget(ClockKind.FIRST_RESPONSE, null, 4, TargetUnit.BUSINESS_HOURS, null));
        targets.add(new PolicyTarget(ClockKind.RESOLUTION, Priority.P1, 24, TargetUnit.BUSINESS_HOURS, always));
        targets.add(new PolicyTarget(ClockKind.RESOLUTION, Priority.P2, 3, TargetUnit.BUSINESS_DAYS, null));
        targets.add(new PolicyTarget(ClockKind.RESOLUTION, Priority.P3, 5, TargetUnit.BUSINESS_DAYS, null));
        targets.add(new PolicyTarget(ClockKind.RESOLUTION, Priority.P4, 10, TargetUnit.BUSINESS_DAYS, null));
        targets.add(new PolicyTarget(ClockKind.RESTORATION, Priority.P1, 4, TargetUnit.BUSINESS_HOURS, always));
        targets.add(new PolicyTarget(ClockKind.RESTORATION, Priority.P2, 8, TargetUnit.BUSINESS_HOURS, null));
        targets.add(new PolicyTarget(ClockKind.RESTORATION, null, 2, TargetUnit.BUSINESS_DAYS, null));
        return targets;
    }

    private void demo(long china, long always, PolicyView standard) {
        Optional<OrganisationSummary> ecm = directory.organisations().stream()
                .filter(o -> o.code().equalsIgnoreCase("ECM"))
                .findFirst();
        if (ecm.isEmpty()) {
            return;
        }
        List<Threshold> thresholds = new ArrayList<>(standard.thresholds());
        Optional<UserSummary> manager = directory.findUser("huang.wei");
        manager.ifPresent(m -> thresholds.add(new Threshold(100, EscalationAction.NOTIFY_USER, m.id(), null)));
        List<PolicyTarget> gold = new ArrayList<>(defaultTargets(always));
        gold.set(0, new PolicyTarget(ClockKind.FIRST_RESPONSE, null, 2, TargetUnit.BUSINESS_HOURS, null));
        PolicyView policy = policies.create(
                new SavePolicy(
                        "ECM 金牌合同 / ECM gold contract",
                        ecm.get().id(),
                        null,
                        null,
                        null,
                        china,
                        Set.of("PENDING:REQUESTER"),
                        gold,
                        thresholds,
                        true),
                Actor.SYSTEM);
        policies.move(policy.id(), true, Actor.SYSTEM);
        contracts.create(
                new SaveContract(
                        ecm.get().id(),
                        "ECM 运维服务合同 2026 / ECM operations 2026",
                        LocalDate.of(2026, 1, 1),
                        null,
                        "",
                        policy.id(),
                        null),
                Actor.SYSTEM);
        log.info("Demo SLA contract created for {}", ecm.get().code());
    }

    static Map<DayOfWeek, String> week(String hours, boolean everyDay) {
        Map<DayOfWeek, String> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            week.put(d, everyDay || d.getValue() <= 5 ? hours : "");
        }
        return week;
    }
}
