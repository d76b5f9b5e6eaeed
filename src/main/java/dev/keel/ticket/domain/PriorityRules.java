package dev.keel.ticket.domain;

import dev.keel.shared.Actor;
import dev.keel.ticket.Impact;
import dev.keel.ticket.Priority;
import dev.keel.ticket.TicketConfigurationChanged;
import dev.keel.ticket.Urgency;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administering the impact × urgency matrix: the whole table is saved at once, and the cells that
 * changed are audited as one {@link TicketConfigurationChanged}. Existing tickets keep their priority.
 */
@Service
@Transactional
public class PriorityRules {

    private final PriorityMatrix matrix;
    private final ApplicationEventPublisher events;

    PriorityRules(PriorityMatrix matrix, ApplicationEventPublisher events) {
        this.matrix = matrix;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Map<Impact, Map<Urgency, Priority>> table() {
        return matrix.table();
    }

    /** Saves every cell of {@code table}; returns how many changed. Cells left out keep their value. */
    public int save(Map<Impact, Map<Urgency, Priority>> table, Actor actor) {
        Map<Impact, Map<Urgency, Priority>> before = matrix.table();
        List<String> changes = new ArrayList<>();
        table.forEach((impact, row) -> row.forEach((urgency, priority) -> {
            Priority old = before.get(impact).get(urgency);
            if (old != priority) {
                matrix.set(impact, urgency, priority);
                changes.add(impact + "x" + urgency + ": " + old + "->" + priority);
            }
        }));
        if (!changes.isEmpty()) {
            events.publishEvent(new TicketConfigurationChanged(
                    actor.name(),
                    actor.remoteAddress(),
                    "priority-matrix.changed",
                    "priority-matrix",
                    String.join(", ", changes)));
        }
        return changes.size();
    }
}
