package dev.keel.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.routing.AssignmentStrategy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupPolicyTests {

    @Test
    void roundRobinContinuesAfterTheLastAssigneeAndWrapsAround() {
        GroupPolicy policy = new GroupPolicy(1, AssignmentStrategy.ROUND_ROBIN);

        assertThat(policy.pick(List.of(30L, 10L, 20L), Map.of())).isEqualTo(10L);
        assertThat(policy.pick(List.of(30L, 10L, 20L), Map.of())).isEqualTo(20L);
        assertThat(policy.pick(List.of(30L, 10L, 20L), Map.of())).isEqualTo(30L);
        assertThat(policy.pick(List.of(30L, 10L, 20L), Map.of())).isEqualTo(10L);
    }

    @Test
    void roundRobinSkipsToTheNextIdWhenTheLastAssigneeLeftTheGroup() {
        GroupPolicy policy = new GroupPolicy(1, AssignmentStrategy.ROUND_ROBIN);
        policy.pick(List.of(10L, 20L, 30L), Map.of());
        policy.pick(List.of(10L, 20L, 30L), Map.of());

        assertThat(policy.pick(List.of(10L, 30L), Map.of())).isEqualTo(30L);
    }

    @Test
    void leastLoadedTakesTheFewestOpenTicketsAndTheLowestIdOnATie() {
        GroupPolicy policy = new GroupPolicy(1, AssignmentStrategy.LEAST_LOADED);

        assertThat(policy.pick(List.of(10L, 20L, 30L), Map.of(10L, 3L, 20L, 1L, 30L, 1L)))
                .isEqualTo(20L);
        assertThat(policy.pick(List.of(30L, 20L), Map.of())).isEqualTo(20L);
    }

    @Test
    void noneAndAnEmptyGroupLeaveTheTicketInTheQueue() {
        assertThat(new GroupPolicy(1, AssignmentStrategy.NONE).pick(List.of(10L), Map.of()))
                .isNull();
        assertThat(new GroupPolicy(1, AssignmentStrategy.ROUND_ROBIN).pick(List.of(), Map.of()))
                .isNull();
    }
}
