package dev.keel.ticket.web;

import dev.keel.ticket.EntryKind;
import dev.keel.ticket.Impact;
import dev.keel.ticket.PendingReason;
import dev.keel.ticket.ResolutionCode;
import dev.keel.ticket.TicketType;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.Urgency;
import dev.keel.ticket.domain.LinkKind;
import org.jspecify.annotations.Nullable;

/** The forms of the agent ticket page; each carries the version of the ticket it was shown with. */
final class TicketForms {

    private TicketForms() {}

    record VersionForm(@Nullable Long version) {}

    /** Claim: {@code takeOver} is sent once the agent confirmed taking the ticket from a colleague. */
    record ClaimForm(@Nullable Long version, @Nullable Boolean takeOver) {}

    record AssignForm(
            @Nullable Long groupId,
            @Nullable Long assigneeId,
            @Nullable Long version) {}

    record PendForm(
            @Nullable PendingReason reason, @Nullable Long version) {}

    record ResolveForm(
            @Nullable ResolutionCode resolutionCode,
            @Nullable String resolutionNotes,
            @Nullable Long version) {}

    record CancelForm(@Nullable String reason, @Nullable Long version) {}

    record EscalateForm(
            @Nullable Long groupId,
            @Nullable String reason,
            @Nullable Long version) {}

    record ReclassifyForm(
            @Nullable TicketType type,
            @Nullable Long categoryId,
            @Nullable Impact impact,
            @Nullable Urgency urgency,
            @Nullable String title,
            @Nullable String description,
            @Nullable Long version) {}

    record ReplyForm(
            @Nullable EntryKind kind,
            @Nullable String body,
            @Nullable Integer timeSpentMinutes,
            @Nullable Long version) {}

    record LinkForm(
            @Nullable String number,
            @Nullable LinkKind kind,
            @Nullable Long version) {}

    /** Every form of the page, filled for this state of the ticket. */
    static void defaults(TicketView t, java.util.function.BiConsumer<String, Object> add) {
        long v = t.version();
        add.accept("assignForm", new AssignForm(t.groupId(), t.assigneeId(), v));
        add.accept("pendForm", new PendForm(null, v));
        add.accept("resolveForm", new ResolveForm(null, null, v));
        add.accept("cancelForm", new CancelForm(null, v));
        add.accept("escalateForm", new EscalateForm(null, null, v));
        add.accept(
                "reclassifyForm",
                new ReclassifyForm(t.type(), t.categoryId(), t.impact(), t.urgency(), t.title(), t.description(), v));
        add.accept("replyForm", new ReplyForm(EntryKind.PUBLIC_REPLY, null, 0, v));
        add.accept("linkForm", new LinkForm(null, LinkKind.RELATED, v));
    }
}
