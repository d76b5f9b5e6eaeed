package dev.keel.routing.domain;

import dev.keel.routing.AssignmentStrategy;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** How one group hands new tickets to its members; remembers who got the last one for round robin. */
@Entity
@Table(name = "routing_group_policy")
public class GroupPolicy {

    @Id
    private Long groupId;

    @Enumerated(EnumType.STRING)
    private AssignmentStrategy strategy;

    private @Nullable Long lastAssigneeId;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected GroupPolicy() {}

    GroupPolicy(long groupId, AssignmentStrategy strategy) {
        this.groupId = groupId;
        this.strategy = strategy;
    }

    void use(AssignmentStrategy newStrategy) {
        this.strategy = newStrategy;
    }

    /**
     * Chooses the member who gets the next ticket, or null to leave it in the queue (strategy NONE,
     * or nobody available). {@code openCounts} is only consulted for LEAST_LOADED.
     *
     * @param members the group's available members
     * @param openCounts open assigned tickets per member; missing means none
     */
    @Nullable
    Long pick(List<Long> members, Map<Long, Long> openCounts) {
        if (members.isEmpty()) {
            return null;
        }
        List<Long> ordered = members.stream().sorted().distinct().toList();
        Long chosen = switch (strategy) {
            case NONE -> null;
            case ROUND_ROBIN -> nextAfter(ordered, lastAssigneeId);
            case LEAST_LOADED ->
                ordered.stream()
                        .min(Comparator.<Long>comparingLong(id -> openCounts.getOrDefault(id, 0L))
                                .thenComparingLong(id -> id))
                        .orElse(null);
        };
        if (chosen != null) {
            lastAssigneeId = chosen;
        }
        return chosen;
    }

    private static Long nextAfter(List<Long> ordered, @Nullable Long last) {
        if (last != null) {
            for (Long id : ordered) {
                if (id > last) {
                    return id;
                }
            }
        }
        return ordered.get(0);
    }

    public AssignmentStrategy strategy() {
        return strategy;
    }

    public GroupPolicyView view() {
        return new GroupPolicyView(groupId, strategy, lastAssigneeId, version);
    }
}
