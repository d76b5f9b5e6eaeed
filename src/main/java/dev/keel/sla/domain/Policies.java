package dev.keel.sla.domain;

import dev.keel.identity.UserDirectory;
import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import dev.keel.shared.DomainException.FieldProblem;
import dev.keel.sla.ClockKind;
import dev.keel.sla.PolicyTarget;
import dev.keel.sla.PolicyView;
import dev.keel.sla.SlaConfigurationChanged;
import dev.keel.sla.Threshold;
import dev.keel.ticket.PendingReason;
import dev.keel.ticket.Priority;
import dev.keel.ticket.TicketManagement;
import dev.keel.ticket.TicketStatus;
import dev.keel.ticket.TicketType;
import dev.keel.ticket.TicketView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SLA policies in evaluation order, with their targets and escalation thresholds. */
@Service
@Transactional
public class Policies {

    static final int MAX_THRESHOLDS = 10;
    private static final String COLUMNS = "id, position, name, organisation_id, ticket_type, priority, category_id,"
            + " calendar_id, pause_on, targets, thresholds, active, version";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Calendars calendars;
    private final UserDirectory directory;
    private final TicketManagement tickets;
    private final ApplicationEventPublisher events;

    Policies(
            JdbcClient jdbc,
            JsonMapper json,
            Calendars calendars,
            UserDirectory directory,
            TicketManagement tickets,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.calendars = calendars;
        this.directory = directory;
        this.tickets = tickets;
        this.events = events;
    }

    private void audit(String action, Actor actor, long id, String details) {
        events.publishEvent(
                new SlaConfigurationChanged(action, actor.name(), actor.remoteAddress(), "sla-policy:" + id, details));
    }

    private static String describe(PolicyView p) {
        return "name=" + p.name() + " calendar=" + p.calendarId() + " targets=" + targets(p.targets()) + " thresholds="
                + thresholds(p.thresholds()) + " active=" + p.active();
    }

    /** Targets as an auditor reads them: {@code FIRST_RESPONSE P1 2 BUSINESS_HOURS; RESOLUTION all 8 HOURS}. */
    static String targets(List<dev.keel.sla.PolicyTarget> targets) {
        return targets.stream()
                .map(t -> t.kind() + " "
                        + (t.priority() == null ? "all" : t.priority().name()) + " " + t.amount() + " " + t.unit()
                        + (t.calendarId() == null ? "" : " calendar " + t.calendarId()))
                .collect(java.util.stream.Collectors.joining("; ", "[", "]"));
    }

    /** Thresholds as an auditor reads them: {@code 75% NOTIFY_GROUP group 3}. */
    static String thresholds(List<dev.keel.sla.Threshold> thresholds) {
        return thresholds.stream()
                .map(t -> t.percent() + "% " + t.action()
                        + (t.userId() == null ? "" : " user " + t.userId())
                        + (t.groupId() == null ? "" : " group " + t.groupId()))
                .collect(java.util.stream.Collectors.joining("; ", "[", "]"));
    }

    /** Every status (and pending reason) a policy may pause on. */
    public static List<String> pauseChoices() {
        List<String> choices = new ArrayList<>();
        for (PendingReason r : PendingReason.values()) {
            choices.add(TicketStatus.PENDING.name() + ":" + r.name());
        }
        return choices;
    }

    @Transactional(readOnly = true)
    public List<PolicyView> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sla_policy ORDER BY position, id")
                .query((rs, i) -> view(rs))
                .list();
    }

    @Transactional(readOnly = true)
    public PolicyView find(long id) {
        return findOptional(id).orElseThrow(() -> SlaErrors.notFound("policy " + id));
    }

    @Transactional(readOnly = true)
    public Optional<PolicyView> findOptional(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sla_policy WHERE id = ?")
                .param(id)
                .query((rs, i) -> view(rs))
                .optional();
    }

    /** The first active policy whose conditions all hold for the ticket. */
    @Transactional(readOnly = true)
    public Optional<PolicyView> choose(TicketView ticket) {
        return list().stream().filter(p -> p.active() && matches(p, ticket)).findFirst();
    }

    static boolean matches(PolicyView p, TicketView t) {
        return (p.organisationId() == null || p.organisationId().equals(t.organisationId()))
                && (p.type() == null || p.type() == t.type())
                && (p.priority() == null || p.priority() == t.priority())
                && (p.categoryId() == null || p.categoryId().equals(t.categoryId()));
    }

    /** The policy's target for a clock kind at a priority: one for that priority, else one for all. */
    public static Optional<PolicyTarget> target(PolicyView policy, ClockKind kind, Priority priority) {
        return policy.targets().stream()
                .filter(t -> t.kind() == kind && t.priority() == priority)
                .findFirst()
                .or(() -> policy.targets().stream()
                        .filter(t -> t.kind() == kind && t.priority() == null)
                        .findFirst());
    }

    public PolicyView create(SavePolicy command, Actor actor) {
        Checked c = check(command);
        Integer max = jdbc.sql("SELECT MAX(position) FROM sla_policy")
                .query(Integer.class)
                .optional()
                .orElse(null);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO sla_policy (position, name, organisation_id, ticket_type, priority, category_id,"
                        + " calendar_id, pause_on, targets, thresholds, active, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .param(max == null ? 1 : max + 1)
                .param(c.name())
                .param(command.organisationId())
                .param(command.type() == null ? null : command.type().name())
                .param(command.priority() == null ? null : command.priority().name())
                .param(command.categoryId())
                .param(command.calendarId())
                .param(String.join(",", c.pauseOn()))
                .param(json.writeValueAsString(c.targets()))
                .param(json.writeValueAsString(c.thresholds()))
                .param(command.active())
                .update(keys, "id");
        PolicyView created = find(keys.getKeyAs(Number.class).longValue());
        audit("service-level.policy-created", actor, created.id(), describe(created));
        return created;
    }

    public PolicyView update(long id, SavePolicy command, @Nullable Long expectedVersion, Actor actor) {
        find(id);
        if (expectedVersion == null) {
            throw SlaErrors.invalid("version", "sla.validation.version");
        }
        Checked c = check(command);
        int updated = jdbc.sql("UPDATE sla_policy SET name = ?, organisation_id = ?, ticket_type = ?, priority = ?,"
                        + " category_id = ?, calendar_id = ?, pause_on = ?, targets = ?, thresholds = ?, active = ?,"
                        + " version = version + 1 WHERE id = ? AND version = ?")
                .param(c.name())
                .param(command.organisationId())
                .param(command.type() == null ? null : command.type().name())
                .param(command.priority() == null ? null : command.priority().name())
                .param(command.categoryId())
                .param(command.calendarId())
                .param(String.join(",", c.pauseOn()))
                .param(json.writeValueAsString(c.targets()))
                .param(json.writeValueAsString(c.thresholds()))
                .param(command.active())
                .param(id)
                .param(expectedVersion)
                .update();
        if (updated == 0) {
            throw SlaErrors.stale();
        }
        PolicyView changed = find(id);
        audit("service-level.policy-changed", actor, id, describe(changed));
        return changed;
    }

    /** Deletes a policy that no contract uses; running clocks keep the due times it gave them. */
    public void delete(long id, Actor actor) {
        PolicyView policy = find(id);
        long contracts = jdbc.sql("SELECT COUNT(*) FROM sla_contract WHERE policy_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        if (contracts > 0) {
            throw new DomainException(DomainException.Kind.CONFLICT, "policy-in-use", "sla.error.policyInUse");
        }
        jdbc.sql("DELETE FROM sla_policy WHERE id = ?").param(id).update();
        audit("service-level.policy-deleted", actor, id, "name=" + policy.name());
    }

    /** Swaps a policy with its neighbour in the evaluation order. */
    public void move(long id, boolean up, Actor actor) {
        List<PolicyView> all = list();
        int i = -1;
        for (int k = 0; k < all.size(); k++) {
            if (all.get(k).id() == id) {
                i = k;
            }
        }
        if (i < 0) {
            throw SlaErrors.notFound("policy " + id);
        }
        int j = up ? i - 1 : i + 1;
        if (j < 0 || j >= all.size()) {
            return;
        }
        List<PolicyView> reordered = new ArrayList<>(all);
        reordered.set(i, all.get(j));
        reordered.set(j, all.get(i));
        for (int k = 0; k < reordered.size(); k++) {
            jdbc.sql("UPDATE sla_policy SET position = ? WHERE id = ?")
                    .param(k + 1)
                    .param(reordered.get(k).id())
                    .update();
        }
        audit("service-level.policy-moved", actor, id, up ? "up" : "down");
    }

    private record Checked(String name, Set<String> pauseOn, List<PolicyTarget> targets, List<Threshold> thresholds) {}

    private Checked check(SavePolicy c) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = c.name() == null ? "" : c.name().strip();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", "validation.required"));
        } else if (name.length() > 100) {
            problems.add(new FieldProblem("name", "validation.tooLong", 100));
        }
        if (c.calendarId() == null || !calendars.exists(c.calendarId())) {
            problems.add(new FieldProblem("calendarId", "sla.validation.calendar"));
        }
        if (c.organisationId() != null
                && directory.findOrganisation(c.organisationId()).isEmpty()) {
            problems.add(new FieldProblem("organisationId", "sla.validation.organisation"));
        }
        if (c.categoryId() != null && !tickets.categoryExists(c.categoryId())) {
            problems.add(new FieldProblem("categoryId", "sla.validation.category"));
        }
        Set<String> pauseOn = new LinkedHashSet<>(c.pauseOn() == null ? Set.of() : c.pauseOn());
        if (!pauseChoices().containsAll(pauseOn)) {
            problems.add(new FieldProblem("pauseOn", "sla.validation.pauseOn"));
        }
        List<PolicyTarget> targets = c.targets() == null ? List.of() : c.targets();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            PolicyTarget t = targets.get(i);
            String field = "targets[" + i + "]";
            if (t == null || t.kind() == null || t.unit() == null) {
                problems.add(new FieldProblem(field, "sla.validation.target"));
                continue;
            }
            if (t.amount() < 1 || t.amount() > Target.MAX_AMOUNT) {
                problems.add(new FieldProblem(field, "sla.validation.amount", Target.MAX_AMOUNT));
            }
            if (!seen.add(t.kind() + ":" + t.priority())) {
                problems.add(new FieldProblem(field, "sla.validation.targetTwice"));
            }
            if (t.calendarId() != null && !calendars.exists(t.calendarId())) {
                problems.add(new FieldProblem(field, "sla.validation.calendar"));
            }
        }
        if (targets.isEmpty()) {
            problems.add(new FieldProblem("targets", "sla.validation.noTargets"));
        }
        List<Threshold> thresholds = c.thresholds() == null ? List.of() : c.thresholds();
        if (thresholds.size() > MAX_THRESHOLDS) {
            problems.add(new FieldProblem("thresholds", "sla.validation.tooManyThresholds", MAX_THRESHOLDS));
        }
        for (int i = 0; i < thresholds.size(); i++) {
            checkThreshold(thresholds.get(i), "thresholds[" + i + "]", problems);
        }
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "validation", "error.validation", problems);
        }
        List<Threshold> sorted = thresholds.stream()
                .sorted((a, b) -> Integer.compare(a.percent(), b.percent()))
                .toList();
        return new Checked(name, pauseOn, List.copyOf(targets), sorted);
    }

    private void checkThreshold(@Nullable Threshold t, String field, List<FieldProblem> problems) {
        if (t == null || t.action() == null) {
            problems.add(new FieldProblem(field, "sla.validation.threshold"));
            return;
        }
        if (t.percent() < 1 || t.percent() > 1000) {
            problems.add(new FieldProblem(field, "sla.validation.percent"));
        }
        if (t.action() == EscalationAction.NOTIFY_USER
                && (t.userId() == null || directory.findUser(t.userId()).isEmpty())) {
            problems.add(new FieldProblem(field, "sla.validation.thresholdUser"));
        }
        if (t.action() == EscalationAction.REASSIGN_GROUP
                && (t.groupId() == null || directory.findGroup(t.groupId()).isEmpty())) {
            problems.add(new FieldProblem(field, "sla.validation.thresholdGroup"));
        }
    }

    private PolicyView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        String pause = rs.getString("pause_on");
        return new PolicyView(
                rs.getLong("id"),
                rs.getInt("position"),
                rs.getString("name"),
                rs.getObject("organisation_id", Long.class),
                rs.getString("ticket_type") == null ? null : TicketType.valueOf(rs.getString("ticket_type")),
                rs.getString("priority") == null ? null : Priority.valueOf(rs.getString("priority")),
                rs.getObject("category_id", Long.class),
                rs.getLong("calendar_id"),
                pause == null || pause.isBlank() ? Set.of() : new LinkedHashSet<>(Arrays.asList(pause.split(","))),
                json.readValue(rs.getString("targets"), new TypeReference<List<PolicyTarget>>() {}),
                json.readValue(rs.getString("thresholds"), new TypeReference<List<Threshold>>() {}),
                rs.getBoolean("active"),
                rs.getLong("version"));
    }
}
