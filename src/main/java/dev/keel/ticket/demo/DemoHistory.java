package dev.keel.ticket.demo;

import dev.keel.ticket.Channel;
import dev.keel.ticket.demo.DemoScenarios.Scenario;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Sixty days of a service desk in use, as a plan: who opened what, when, and what happened to it
 * since. Pure and deterministic: the same first-start instant always gives the same plan (a fixed
 * seed; every time is relative to that instant). Tickets arrive mostly in office hours on working
 * days (Asia/Shanghai); older ones are mostly resolved and closed, recent ones still being worked on,
 * and no step lies in the future: a ticket's history stops where "now" cuts it.
 */
final class DemoHistory {

    static final long SEED = 20261124L;
    static final int DAYS = 60;
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final List<String> CHINESE_REQUESTERS = List.of("zhang.san", "li.si");
    private static final String ENGLISH_REQUESTER = "alice.wu";

    private DemoHistory() {}

    enum Kind {
        /** Into the scenario's group, on the agent, who starts work on it. */
        TAKE,
        REPLY,
        NOTE,
        /** The agent asks the requester and waits (pending on the requester). */
        ASK,
        /** The requester answers, which resumes the ticket. */
        ANSWER,
        RESOLVE,
        /** The requester accepts the resolution, which closes the ticket. */
        ACCEPT,
        RATE,
        /** The requester says it is not solved: the ticket is reopened. */
        REJECT,
        CANCEL
    }

    record Step(Instant at, Kind kind) {}

    record PlannedTicket(
            Instant openedAt,
            Scenario scenario,
            String place,
            String requester,
            Channel channel,
            String recordedBy, // the requester, or the agent who took the call
            String agent,
            int stars,
            List<Step> steps) {

        String title() {
            return scenario.title().formatted(place);
        }

        String description() {
            return scenario.description().formatted(place);
        }

        boolean has(Kind kind) {
            return steps.stream().anyMatch(s -> s.kind() == kind);
        }
    }

    /** {@code count} tickets over the {@link #DAYS} days before {@code now}, oldest first. */
    static List<PlannedTicket> plan(Instant now, int count) {
        SplittableRandom random = new SplittableRandom(SEED);
        Instant cut = now.truncatedTo(ChronoUnit.MINUTES);
        List<Instant> arrivals = new ArrayList<>();
        while (arrivals.size() < count) {
            Instant at = arrival(cut, random);
            if (at.isBefore(cut.minus(Duration.ofMinutes(20)))) {
                arrivals.add(at);
            }
        }
        arrivals.sort(Comparator.naturalOrder());
        List<PlannedTicket> plan = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean untouched = i >= count - 2; // the last two arrivals wait for someone to pick them up
            plan.add(ticket(arrivals.get(i), cut, untouched, random));
        }
        return plan;
    }

    private static Instant arrival(Instant cut, SplittableRandom random) {
        ZonedDateTime day = cut.atZone(ZONE).minusDays(random.nextInt(DAYS)).truncatedTo(ChronoUnit.DAYS);
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (weekend && random.nextInt(100) < 80) {
            day = day.minusDays(day.getDayOfWeek() == DayOfWeek.SATURDAY ? 1 : 2); // most of it waits for Friday
        }
        int minute = random.nextInt(100) < 88
                ? 8 * 60 + 30 + random.nextInt(10 * 60) // 08:30 to 18:30
                : random.nextInt(24 * 60);
        return day.plusMinutes(minute).toInstant();
    }

    private static PlannedTicket ticket(Instant opened, Instant cut, boolean untouched, SplittableRandom random) {
        Scenario scenario = DemoScenarios.ALL.get(random.nextInt(DemoScenarios.ALL.size()));
        List<String> places = scenario.english() ? DemoScenarios.PLACES_EN : DemoScenarios.PLACES_ZH;
        String place = places.get(random.nextInt(places.size()));
        String requester = scenario.english()
                ? ENGLISH_REQUESTER
                : CHINESE_REQUESTERS.get(random.nextInt(CHINESE_REQUESTERS.size()));
        String agent = scenario.agents().get(random.nextInt(scenario.agents().size()));
        Channel channel = channel(random);
        // a call, a visit or an alert is typed in by the agent who took it
        boolean byAgent = channel == Channel.PHONE
                || channel == Channel.WALK_IN
                || channel == Channel.ON_SITE
                || channel == Channel.MONITORING;
        String recordedBy = byAgent ? agent : requester;
        int stars = random.nextInt(100) < 70 ? 5 : 3 + random.nextInt(2);

        Duration age = Duration.between(opened, cut);
        Fate fate = untouched ? Fate.NEW : fate(age, random, scenario);
        List<Step> steps = new ArrayList<>();
        Instant t = opened;
        if (fate != Fate.NEW) {
            t = t.plus(minutes(random, 5, 90));
            steps.add(new Step(t, Kind.TAKE));
            if (random.nextInt(100) < 35) {
                steps.add(new Step(t = t.plus(minutes(random, 2, 20)), Kind.NOTE));
            }
            if (fate != Fate.WORKING || random.nextInt(100) < 70) {
                steps.add(new Step(t = t.plus(minutes(random, 5, 150)), Kind.REPLY));
            }
            if (scenario.question() != null && (fate == Fate.PENDING || random.nextInt(100) < 40)) {
                steps.add(new Step(t = t.plus(minutes(random, 10, 240)), Kind.ASK));
                if (fate != Fate.PENDING) {
                    steps.add(new Step(t = t.plus(minutes(random, 30, 24 * 60)), Kind.ANSWER));
                }
            }
            if (fate == Fate.CANCELLED) {
                steps.add(new Step(t.plus(minutes(random, 30, 600)), Kind.CANCEL));
            } else if (fate == Fate.SOLVED) {
                steps.add(new Step(t = t.plus(resolution(random, scenario)), Kind.RESOLVE));
                if (random.nextInt(100) < 6) { // not solved after all: reopened, then solved again
                    steps.add(new Step(t = t.plus(minutes(random, 60, 24 * 60)), Kind.REJECT));
                    steps.add(new Step(t = t.plus(minutes(random, 60, 2 * 24 * 60)), Kind.RESOLVE));
                }
                if (random.nextInt(100) < 85) {
                    steps.add(new Step(t = t.plus(minutes(random, 30, 3 * 24 * 60)), Kind.ACCEPT));
                    if (random.nextInt(100) < 55) {
                        steps.add(new Step(t.plus(minutes(random, 1, 30)), Kind.RATE));
                    }
                }
            }
        }
        List<Step> happened = steps.stream().filter(s -> s.at().isBefore(cut)).toList();
        return new PlannedTicket(opened, scenario, place, requester, channel, recordedBy, agent, stars, happened);
    }

    /** Where a ticket is headed; "now" may cut it short on the way. */
    private enum Fate {
        NEW,
        WORKING,
        PENDING,
        SOLVED,
        CANCELLED
    }

    private static Fate fate(Duration age, SplittableRandom random, Scenario scenario) {
        int roll = random.nextInt(100);
        if (age.compareTo(Duration.ofHours(6)) < 0) {
            return roll < 40 ? Fate.NEW : Fate.WORKING;
        }
        if (age.compareTo(Duration.ofHours(30)) < 0) {
            return roll < 70 ? (scenario.question() != null && roll < 20 ? Fate.PENDING : Fate.WORKING) : Fate.SOLVED;
        }
        if (age.compareTo(Duration.ofDays(10)) < 0) {
            if (roll < 45) {
                return scenario.question() != null && roll < 15 ? Fate.PENDING : Fate.WORKING;
            }
            return roll < 48 ? Fate.CANCELLED : Fate.SOLVED;
        }
        if (age.compareTo(Duration.ofDays(25)) < 0 && roll >= 92) {
            return Fate.WORKING; // stuck, past its resolution target
        }
        return roll < 5 ? Fate.CANCELLED : Fate.SOLVED;
    }

    private static Channel channel(SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 45) {
            return Channel.PORTAL;
        }
        if (roll < 65) {
            return Channel.EMAIL;
        }
        if (roll < 80) {
            return Channel.PHONE;
        }
        if (roll < 90) {
            return Channel.CHAT;
        }
        if (roll < 93) {
            return Channel.WALK_IN;
        }
        if (roll < 96) {
            return Channel.ON_SITE;
        }
        return roll < 98 ? Channel.API : Channel.MONITORING;
    }

    /** Most are solved within a working day or two; some take a week and miss their targets. */
    private static Duration resolution(SplittableRandom random, Scenario scenario) {
        int roll = random.nextInt(100);
        if (roll < 55) {
            return minutes(random, 30, 6 * 60);
        }
        if (roll < 85) {
            return minutes(random, 6 * 60, 3 * 24 * 60);
        }
        return minutes(random, 3 * 24 * 60, (scenario.impact() != null ? 6 : 10) * 24 * 60);
    }

    private static Duration minutes(SplittableRandom random, int from, int to) {
        return Duration.ofMinutes(from + random.nextInt(to - from + 1));
    }
}
