package dev.keel.sla.web;

import dev.keel.shared.DomainException;
import dev.keel.sla.ClockKind;
import dev.keel.sla.PolicyTarget;
import dev.keel.sla.PolicyView;
import dev.keel.sla.Threshold;
import dev.keel.sla.domain.EscalationAction;
import dev.keel.sla.domain.SavePolicy;
import dev.keel.sla.domain.TargetUnit;
import dev.keel.ticket.Priority;
import dev.keel.ticket.TicketType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The policy form. Targets are a grid (clock kind × "all priorities" and P1–P4), each cell an amount, a
 * unit and an optional calendar, named {@code target.KIND.PRIORITY.amount|unit|calendar}; thresholds are
 * up to {@link #THRESHOLD_ROWS} rows named {@code threshold.N.percent|action|user|group}.
 */
record PolicyForm(
        @Nullable String name,
        @Nullable Long organisationId,
        @Nullable TicketType type,
        @Nullable Priority priority,
        @Nullable Long categoryId,
        @Nullable Long calendarId,
        @Nullable List<String> pauseOn,
        @Nullable Boolean active,
        @Nullable Long version) {

    static final int THRESHOLD_ROWS = 6;
    static final List<String> PRIORITIES = List.of("ALL", "P1", "P2", "P3", "P4");

    static PolicyForm empty() {
        return new PolicyForm(null, null, null, null, null, null, List.of("PENDING:REQUESTER"), true, null);
    }

    static PolicyForm of(PolicyView p) {
        return new PolicyForm(
                p.name(),
                p.organisationId(),
                p.type(),
                p.priority(),
                p.categoryId(),
                p.calendarId(),
                List.copyOf(p.pauseOn()),
                p.active(),
                p.version());
    }

    /** A grid cell as the page shows it. */
    record Cell(String amount, String unit, String calendar) {}

    /** A threshold row as the page shows it. */
    record Row(String percent, String action, String user, String group) {}

    static Map<String, Cell> cells(List<PolicyTarget> targets) {
        Map<String, Cell> cells = new HashMap<>();
        for (PolicyTarget t : targets) {
            cells.put(
                    t.kind() + "."
                            + (t.priority() == null ? "ALL" : t.priority().name()),
                    new Cell(
                            Integer.toString(t.amount()),
                            t.unit().name(),
                            t.calendarId() == null ? "" : t.calendarId().toString()));
        }
        return cells;
    }

    static Map<String, Cell> cells(MultiValueMap<String, String> params) {
        Map<String, Cell> cells = new HashMap<>();
        for (ClockKind kind : ClockKind.values()) {
            for (String p : PRIORITIES) {
                String key = kind + "." + p;
                cells.put(
                        key,
                        new Cell(
                                value(params, "target." + key + ".amount"),
                                value(params, "target." + key + ".unit"),
                                value(params, "target." + key + ".calendar")));
            }
        }
        return cells;
    }

    static List<Row> rows(List<Threshold> thresholds, Map<Long, String> usernames) {
        List<Row> rows = new ArrayList<>();
        for (Threshold t : thresholds) {
            rows.add(new Row(
                    Integer.toString(t.percent()),
                    t.action().name(),
                    t.userId() == null ? "" : usernames.getOrDefault(t.userId(), ""),
                    t.groupId() == null ? "" : t.groupId().toString()));
        }
        while (rows.size() < THRESHOLD_ROWS) {
            rows.add(new Row("", "", "", ""));
        }
        return rows;
    }

    static List<Row> rows(MultiValueMap<String, String> params) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < THRESHOLD_ROWS; i++) {
            String n = "threshold." + i + ".";
            rows.add(new Row(
                    value(params, n + "percent"),
                    value(params, n + "action"),
                    value(params, n + "user"),
                    value(params, n + "group")));
        }
        return rows;
    }

    /** The command, with targets and thresholds read from the grid; unreadable cells are field errors. */
    SavePolicy command(Map<String, Cell> cells, List<Row> rows, java.util.function.Function<String, Long> userIds) {
        List<DomainException.FieldProblem> problems = new ArrayList<>();
        List<PolicyTarget> targets = new ArrayList<>();
        for (ClockKind kind : ClockKind.values()) {
            for (String p : PRIORITIES) {
                Cell cell = cells.get(kind + "." + p);
                if (cell == null || cell.amount().isBlank()) {
                    continue;
                }
                try {
                    targets.add(new PolicyTarget(
                            kind,
                            p.equals("ALL") ? null : Priority.valueOf(p),
                            Integer.parseInt(cell.amount().strip()),
                            TargetUnit.valueOf(cell.unit().strip().toUpperCase(Locale.ROOT)),
                            cell.calendar().isBlank()
                                    ? null
                                    : Long.parseLong(cell.calendar().strip())));
                } catch (IllegalArgumentException e) {
                    problems.add(new DomainException.FieldProblem("targets", "sla.validation.target"));
                }
            }
        }
        List<Threshold> thresholds = new ArrayList<>();
        for (Row r : rows) {
            if (r.percent().isBlank() && r.action().isBlank()) {
                continue;
            }
            try {
                EscalationAction action = EscalationAction.valueOf(r.action().strip());
                Long user = r.user().isBlank() ? null : userIds.apply(r.user().strip());
                if (!r.user().isBlank() && user == null) {
                    problems.add(new DomainException.FieldProblem("thresholds", "sla.validation.thresholdUser"));
                    continue;
                }
                thresholds.add(new Threshold(
                        Integer.parseInt(r.percent().strip()),
                        action,
                        user,
                        r.group().isBlank() ? null : Long.parseLong(r.group().strip())));
            } catch (IllegalArgumentException e) {
                problems.add(new DomainException.FieldProblem("thresholds", "sla.validation.threshold"));
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "validation", "error.validation", problems);
        }
        return new SavePolicy(
                name,
                organisationId,
                type,
                priority,
                categoryId,
                calendarId,
                pauseOn == null ? null : new LinkedHashSet<>(pauseOn),
                targets,
                thresholds,
                Boolean.TRUE.equals(active));
    }

    private static String value(MultiValueMap<String, String> params, String name) {
        String v = params.getFirst(name);
        return v == null ? "" : v;
    }
}
