package dev.keel.bench;

import static dev.keel.bench.SampleTexts.pick;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One plausible ticket with its conversation and history, spread over the last two years: recent
 * tickets are mostly still open, older ones mostly closed (about 5 % open overall). Rows go to the
 * three sinks; ids are given by the caller.
 */
final class SyntheticTickets {

    static final String[] TICKET_COLUMNS = {
        "id",
        "number",
        "type",
        "title",
        "description",
        "status",
        "pending_reason",
        "channel",
        "category_id",
        "impact",
        "urgency",
        "priority",
        "requester_id",
        "organisation_id",
        "group_id",
        "assignee_id",
        "created_by",
        "resolution_code",
        "resolution_notes",
        "rating",
        "rating_comment",
        "reopen_count",
        "created_at",
        "updated_at",
        "first_response_at",
        "resolved_at",
        "closed_at",
        "merged_into_id",
        "version",
        "due_at"
    };
    private static final java.util.Set<String> OPEN = java.util.Set.of("NEW", "ASSIGNED", "IN_PROGRESS", "PENDING");

    static final String[] ENTRY_COLUMNS = {"id", "ticket_id", "kind", "author_id", "body", "time_spent", "created_at"};
    static final String[] HISTORY_COLUMNS = {
        "id", "ticket_id", "field", "old_value", "new_value", "changed_by", "changed_at"
    };

    private static final String[] IMPACTS = {"EXTENSIVE", "SIGNIFICANT", "MODERATE", "MINOR"};
    private static final String[] URGENCIES = {"CRITICAL", "HIGH", "MEDIUM", "LOW"};
    private static final String[] CHANNELS = {"PORTAL", "EMAIL", "PHONE", "CHAT", "WALK_IN", "API", "MONITORING"};
    private static final int[] CHANNEL_WEIGHTS = {40, 30, 15, 7, 3, 3, 2};
    private static final String[] CATEGORY_CODES = {
        "NET", "NET-VPN", "NET-WIFI", "APP", "APP-ERP", "APP-MAIL", "DB", "ACC", "ACC-PWD", "HW", "HW-PRINT", "SEC"
    };
    private static final int[] CATEGORY_WEIGHTS = {4, 8, 6, 6, 10, 10, 6, 12, 14, 8, 14, 2};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final ReferenceData people;
    private final Map<String, String> priorities;
    private final Instant now;
    private final SplittableRandom random;
    long nextEntryId;
    long nextHistoryId;

    SyntheticTickets(ReferenceData people, Map<String, String> priorities, Instant now, long seed) {
        this.people = people;
        this.priorities = priorities;
        this.now = now;
        this.random = new SplittableRandom(seed);
    }

    /** Writes ticket {@code id}, created at {@code created}, with its entries and history. */
    void write(long id, Instant created, RowSink tickets, RowSink entries, RowSink history) {
        String category = CATEGORY_CODES[weighted(CATEGORY_WEIGHTS)];
        String topic = category.contains("-") ? category.substring(0, category.indexOf('-')) : category;
        String type = random.nextInt(100) < 8 && !topic.equals("SEC")
                ? (random.nextBoolean() ? "CONSULTATION" : "SERVICE_REQUEST")
                : ReferenceData.defaultType(category);
        String group = ReferenceData.defaultGroup(category);
        String status = status(Duration.between(created, now).toDays());
        int requesterIndex = random.nextInt(people.requesters().length);
        long requester = people.requesters()[requesterIndex];
        String channel =
                topic.equals("SEC") && random.nextBoolean() ? "MONITORING" : CHANNELS[weighted(CHANNEL_WEIGHTS)];
        long serviceDesk = any("SD");
        long createdBy = switch (channel) {
            case "PHONE", "CHAT", "WALK_IN" -> serviceDesk;
            case "MONITORING" -> people.admin();
            default -> requester;
        };
        String impact = IMPACTS[weighted(new int[] {3, 12, 35, 50})];
        String urgency = URGENCIES[weighted(new int[] {4, 16, 50, 30})];
        Long assignee =
                status.equals("NEW") || (status.equals("CANCELLED") && random.nextBoolean()) ? null : any(group);

        Timeline t = new Timeline(id, history);
        t.change("status", null, "NEW", createdBy, created);
        Instant cursor = t.step(created, minutes(2, 45));
        t.change("group", null, Long.toString(people.groups().get(group)), serviceDesk, cursor);
        if (assignee != null) {
            cursor = t.step(cursor, minutes(5, 240));
            t.change("assignee", null, assignee.toString(), serviceDesk, cursor);
            t.change("status", "NEW", "ASSIGNED", serviceDesk, cursor);
        }
        String resolutionCode = null;
        String resolutionNotes = null;
        Instant resolvedAt = null;
        Instant closedAt = null;
        String pendingReason = null;
        if (!status.equals("NEW") && !status.equals("ASSIGNED") && !status.equals("CANCELLED")) {
            cursor = t.step(cursor, minutes(5, 600));
            t.change("status", "ASSIGNED", "IN_PROGRESS", assignee, cursor);
        }
        switch (status) {
            case "PENDING" -> {
                cursor = t.step(cursor, minutes(30, 2880));
                pendingReason = random.nextInt(4) == 0 ? "SUPPLIER" : "REQUESTER";
                t.change("status", "IN_PROGRESS", "PENDING", assignee, cursor);
                t.change("pendingReason", null, pendingReason, assignee, cursor);
            }
            case "RESOLVED", "CLOSED" -> {
                cursor = t.step(cursor, minutes(30, 4320));
                resolvedAt = cursor;
                resolutionCode = random.nextInt(10) < 7 ? "SOLVED" : random.nextBoolean() ? "ANSWERED" : "WORKAROUND";
                resolutionNotes = pick(SampleTexts.RESOLUTIONS, random);
                t.change("status", "IN_PROGRESS", "RESOLVED", assignee, cursor);
                t.change("resolutionCode", null, resolutionCode, assignee, cursor);
                if (status.equals("CLOSED")) {
                    boolean accepted = random.nextInt(3) == 0;
                    cursor = t.step(cursor, accepted ? minutes(10, 2880) : Duration.ofDays(5));
                    closedAt = cursor;
                    t.change("status", "RESOLVED", "CLOSED", accepted ? requester : null, cursor);
                }
            }
            case "CANCELLED" -> {
                cursor = t.step(cursor, minutes(10, 1440));
                closedAt = cursor;
                t.change("status", assignee == null ? "NEW" : "ASSIGNED", "CANCELLED", requester, cursor);
            }
            default -> {}
        }
        Instant end = resolvedAt != null ? resolvedAt : closedAt != null ? closedAt : now;
        Instant firstResponse = conversation(id, created, end, requester, assignee, group, entries);
        Instant updated = t.last.isAfter(lastEntry) ? t.last : lastEntry;
        Integer rating = status.equals("CLOSED") && random.nextInt(4) == 0 ? rating() : null;
        String title = pick(SampleTexts.TITLES.get(topic), random);
        String number = type(type) + "-" + DAY.format(created.atZone(ZONE)) + "-" + String.format("%06d", id);
        tickets.row(
                id,
                number,
                type,
                title,
                pick(SampleTexts.DETAILS, random) + "\n\n" + title,
                status,
                pendingReason,
                channel,
                people.categories().get(category),
                impact,
                urgency,
                priorities.get(impact + "/" + urgency),
                requester,
                people.requesterOrganisations()[requesterIndex],
                people.groups().get(group),
                assignee,
                createdBy,
                resolutionCode,
                resolutionNotes,
                rating,
                null,
                0,
                created,
                updated,
                firstResponse,
                resolvedAt,
                closedAt,
                null,
                t.changes,
                dueAt(status, priorities.get(impact + "/" + urgency), created));
    }

    /**
     * An open ticket's resolution due time, as the default SLA policy plans it in wall-clock hours
     * (P1 4 h, P2 8 h, P3 24 h, P4 72 h); none once resolved, closed or cancelled.
     */
    private static Instant dueAt(String status, String priority, Instant created) {
        if (!OPEN.contains(status)) {
            return null;
        }
        long hours = switch (priority) {
            case "P1" -> 4;
            case "P2" -> 8;
            case "P3" -> 24;
            default -> 72;
        };
        return created.plus(Duration.ofHours(hours));
    }

    private Instant lastEntry = Instant.EPOCH;

    /** 2–6 entries between creation and the end of work; returns the first agent reply's time. */
    private Instant conversation(
            long ticketId, Instant created, Instant end, long requester, Long assignee, String group, RowSink entries) {
        int count = 2 + random.nextInt(5);
        long span = Math.max(60, Duration.between(created, end).toSeconds());
        Instant firstResponse = null;
        Instant at = created;
        List<Object[]> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            at = created.plusSeconds(span * (i + 1) / (count + 1));
            boolean agentTurn = i % 2 == 0;
            long agent = assignee != null ? assignee : any("SD");
            String kind;
            long author;
            String body;
            int timeSpent = 0;
            if (agentTurn && random.nextInt(5) == 0) {
                kind = "INTERNAL_NOTE";
                author = agent;
                body = pick(SampleTexts.NOTES, random);
                timeSpent = 5 + random.nextInt(30);
            } else if (agentTurn && assignee != null) {
                kind = "PUBLIC_REPLY";
                author = agent;
                body = pick(SampleTexts.AGENT_REPLIES, random);
                timeSpent = 5 + random.nextInt(55);
                if (firstResponse == null) {
                    firstResponse = at;
                }
            } else {
                kind = "PUBLIC_REPLY";
                author = requester;
                body = pick(SampleTexts.REQUESTER_REPLIES, random);
            }
            rows.add(new Object[] {nextEntryId++, ticketId, kind, author, body, timeSpent, at});
        }
        rows.forEach(entries::row);
        lastEntry = at;
        return firstResponse;
    }

    /** Recent tickets are mostly open; older ones mostly closed, with a small stale backlog. */
    private String status(long ageDays) {
        int r = random.nextInt(1000);
        if (ageDays <= 5) {
            return r < 200
                    ? "NEW"
                    : r < 400
                            ? "ASSIGNED"
                            : r < 650 ? "IN_PROGRESS" : r < 750 ? "PENDING" : r < 950 ? "RESOLVED" : "CANCELLED";
        }
        if (ageDays <= 30) {
            return r < 50
                    ? "NEW"
                    : r < 200
                            ? "ASSIGNED"
                            : r < 450 ? "IN_PROGRESS" : r < 650 ? "PENDING" : r < 970 ? "CLOSED" : "CANCELLED";
        }
        return r < 5 ? "ASSIGNED" : r < 12 ? "IN_PROGRESS" : r < 22 ? "PENDING" : r < 52 ? "CANCELLED" : "CLOSED";
    }

    private int rating() {
        int r = random.nextInt(100);
        return r < 60 ? 5 : r < 85 ? 4 : r < 93 ? 3 : r < 97 ? 2 : 1;
    }

    private static String type(String type) {
        return switch (type) {
            case "SERVICE_REQUEST" -> "REQ";
            case "CONSULTATION" -> "CON";
            case "DATA_ISSUE" -> "DAT";
            case "SECURITY_INCIDENT" -> "SEC";
            default -> "INC";
        };
    }

    private long any(String group) {
        long[] members = people.members().get(group);
        return members[random.nextInt(members.length)];
    }

    private Duration minutes(int min, int max) {
        return Duration.ofSeconds(60L * min + random.nextLong(60L * (max - min)));
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** The history rows of one ticket, never later than now. */
    private final class Timeline {

        private final long ticketId;
        private final RowSink history;
        int changes;
        Instant last = Instant.EPOCH;

        Timeline(long ticketId, RowSink history) {
            this.ticketId = ticketId;
            this.history = history;
        }

        Instant step(Instant from, Duration by) {
            Instant next = from.plus(by);
            return next.isAfter(now) ? from.plus(Duration.between(from, now).dividedBy(2)) : next;
        }

        void change(String field, String from, String to, Long by, Instant at) {
            history.row(nextHistoryId++, ticketId, field, from, to, by, at);
            changes++;
            last = at;
        }
    }
}
