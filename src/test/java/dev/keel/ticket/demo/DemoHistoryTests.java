package dev.keel.ticket.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.ticket.Channel;
import dev.keel.ticket.demo.DemoHistory.Kind;
import dev.keel.ticket.demo.DemoHistory.PlannedTicket;
import dev.keel.ticket.demo.DemoHistory.Step;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoHistoryTests {

    private static final Instant NOW = Instant.parse("2026-12-06T03:17:42Z");
    private final List<PlannedTicket> plan = DemoHistory.plan(NOW, 292);

    /** Where the plan leaves a ticket, by its last lifecycle step. */
    private static String state(PlannedTicket t) {
        String state = "NEW";
        for (Step step : t.steps()) {
            state = switch (step.kind()) {
                case TAKE, ANSWER, REJECT -> "IN_PROGRESS";
                case ASK -> "PENDING";
                case RESOLVE -> "RESOLVED";
                case ACCEPT -> "CLOSED";
                case CANCEL -> "CANCELLED";
                case REPLY, NOTE, RATE -> state;
            };
        }
        return state;
    }

    @Test
    void theSameFirstStartGivesTheSamePlan() {
        assertThat(DemoHistory.plan(NOW, 292)).isEqualTo(plan);
        assertThat(DemoHistory.plan(NOW.plus(Duration.ofDays(3)), 292)).isNotEqualTo(plan);
    }

    @Test
    void everythingHappenedInTheLastSixtyDaysInOrderAndNothingInTheFuture() {
        assertThat(plan).hasSize(292);
        assertThat(plan).isSortedAccordingTo((a, b) -> a.openedAt().compareTo(b.openedAt()));
        assertThat(plan.getFirst().openedAt()).isAfter(NOW.minus(Duration.ofDays(61)));
        assertThat(plan.getFirst().openedAt()).isBefore(NOW.minus(Duration.ofDays(50)));
        for (PlannedTicket t : plan) {
            Instant before = t.openedAt();
            for (Step step : t.steps()) {
                assertThat(step.at()).isAfterOrEqualTo(before).isBefore(NOW);
                before = step.at();
            }
        }
    }

    @Test
    void mostTicketsArriveInOfficeHoursInShanghai() {
        long office = plan.stream()
                .map(t -> LocalTime.ofInstant(t.openedAt(), DemoHistory.ZONE))
                .filter(time -> !time.isBefore(LocalTime.of(8, 30)) && time.isBefore(LocalTime.of(18, 31)))
                .count();
        assertThat(office).isGreaterThan(plan.size() * 8 / 10).isLessThan(plan.size());
    }

    @Test
    void theDeskShowsEveryStateOldTicketsClosedAndRecentOnesOpen() {
        Map<String, Long> states =
                plan.stream().collect(Collectors.groupingBy(DemoHistoryTests::state, Collectors.counting()));
        assertThat(states.keySet()).contains("NEW", "IN_PROGRESS", "PENDING", "RESOLVED", "CLOSED", "CANCELLED");
        assertThat(states.get("CLOSED")).isGreaterThan(150);
        assertThat(plan.subList(290, 292)).allMatch(t -> t.steps().isEmpty());
        List<PlannedTicket> old = plan.stream()
                .filter(t -> t.openedAt().isBefore(NOW.minus(Duration.ofDays(25))))
                .toList();
        assertThat(old)
                .isNotEmpty()
                .allMatch(t -> Set.of("CLOSED", "CANCELLED", "RESOLVED").contains(state(t)));
        long recentOpen = plan.stream()
                .filter(t -> t.openedAt().isAfter(NOW.minus(Duration.ofDays(10))))
                .filter(t -> Set.of("NEW", "IN_PROGRESS", "PENDING").contains(state(t)))
                .count();
        assertThat(recentOpen).isGreaterThan(15);
        // a few from two to three weeks ago are stuck, past their targets
        assertThat(plan)
                .filteredOn(t -> t.openedAt().isBefore(NOW.minus(Duration.ofDays(12))))
                .anyMatch(t -> state(t).equals("IN_PROGRESS"));
        assertThat(plan).anyMatch(t -> t.has(Kind.RATE)).anyMatch(t -> t.has(Kind.REJECT));
    }

    @Test
    void bothLanguagesEveryChannelOfPeopleAndEveryCategoryAppear() {
        assertThat(plan)
                .anyMatch(t -> t.scenario().english())
                .anyMatch(t -> !t.scenario().english());
        assertThat(plan.stream().map(PlannedTicket::requester).distinct())
                .containsExactlyInAnyOrder("zhang.san", "li.si", "alice.wu");
        assertThat(plan.stream().map(PlannedTicket::channel).collect(Collectors.toSet()))
                .containsAll(java.util.EnumSet.allOf(Channel.class));
        assertThat(plan.stream().map(t -> t.scenario().category()).collect(Collectors.toSet()))
                .containsAll(DemoScenarios.ALL.stream()
                        .map(DemoScenarios.Scenario::category)
                        .toList());
        // a phone call is typed in by the agent who took it, a portal ticket by the requester
        assertThat(plan)
                .filteredOn(t -> t.channel() == Channel.PHONE)
                .allMatch(t -> t.recordedBy().equals(t.agent()));
        assertThat(plan)
                .filteredOn(t -> t.channel() == Channel.PORTAL)
                .allMatch(t -> t.recordedBy().equals(t.requester()));
        Map<String, Long> titles =
                plan.stream().collect(Collectors.groupingBy(PlannedTicket::title, Collectors.counting()));
        assertThat(titles.size()).isGreaterThan(60);
        assertThat(plan)
                .noneMatch(t -> t.title().contains("%s") || t.description().contains("%s"));
        assertThat(titles.values().stream()
                        .map(Function.identity())
                        .max(Long::compare)
                        .orElseThrow())
                .isLessThan(20);
    }
}
