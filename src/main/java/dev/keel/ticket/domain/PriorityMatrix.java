package dev.keel.ticket.domain;

import dev.keel.ticket.Impact;
import dev.keel.ticket.Priority;
import dev.keel.ticket.Urgency;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Impact × urgency → priority, administrable; 4 × 4 → P1–P4 by default. */
@Component
public class PriorityMatrix {

    private final JdbcTemplate jdbc;

    PriorityMatrix(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Priority priorityOf(Impact impact, Urgency urgency) {
        var found = jdbc.queryForList(
                "SELECT priority FROM ticket_priority_rule WHERE impact = ? AND urgency = ?",
                String.class,
                impact.name(),
                urgency.name());
        return found.isEmpty() ? Priority.P3 : Priority.valueOf(found.get(0));
    }

    @Transactional(readOnly = true)
    public Map<Impact, Map<Urgency, Priority>> table() {
        Map<Impact, Map<Urgency, Priority>> table = new EnumMap<>(Impact.class);
        for (Impact impact : Impact.values()) {
            Map<Urgency, Priority> row = new EnumMap<>(Urgency.class);
            for (Urgency urgency : Urgency.values()) {
                row.put(urgency, Priority.P3);
            }
            table.put(impact, row);
        }
        jdbc.query("SELECT impact, urgency, priority FROM ticket_priority_rule", rs -> {
            table.get(Impact.valueOf(rs.getString(1)))
                    .put(Urgency.valueOf(rs.getString(2)), Priority.valueOf(rs.getString(3)));
        });
        return table;
    }

    @Transactional
    public void set(Impact impact, Urgency urgency, Priority priority) {
        int updated = jdbc.update(
                "UPDATE ticket_priority_rule SET priority = ? WHERE impact = ? AND urgency = ?",
                priority.name(),
                impact.name(),
                urgency.name());
        if (updated == 0) {
            jdbc.update(
                    "INSERT INTO ticket_priority_rule (impact, urgency, priority) VALUES (?, ?, ?)",
                    impact.name(),
                    urgency.name(),
                    priority.name());
        }
    }
}
