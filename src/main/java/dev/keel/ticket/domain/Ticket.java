package dev.keel.ticket.domain;

import dev.keel.shared.DomainException;
import dev.keel.ticket.Channel;
import dev.keel.ticket.Impact;
import dev.keel.ticket.PendingReason;
import dev.keel.ticket.Priority;
import dev.keel.ticket.ResolutionCode;
import dev.keel.ticket.TicketEvents.TicketAssigned;
import dev.keel.ticket.TicketEvents.TicketAttachmentAdded;
import dev.keel.ticket.TicketEvents.TicketClosed;
import dev.keel.ticket.TicketEvents.TicketDetailsChanged;
import dev.keel.ticket.TicketEvents.TicketOpened;
import dev.keel.ticket.TicketEvents.TicketPriorityChanged;
import dev.keel.ticket.TicketEvents.TicketReopened;
import dev.keel.ticket.TicketEvents.TicketResolved;
import dev.keel.ticket.TicketEvents.TicketStatusChanged;
import dev.keel.ticket.TicketStatus;
import dev.keel.ticket.TicketType;
import dev.keel.ticket.Urgency;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.modulith.NamedInterface;

/**
 * A request to the service desk. Every state change goes through a method here that checks the
 * lifecycle table, records the changed fields for the history, and registers the events.
 */
@Entity
@Table(name = "ticket")
@NamedInterface("search")
public class Ticket extends AbstractAggregateRoot<Ticket> {

    @Id
    private @Nullable Long id;

    private String number;

    @Enumerated(EnumType.STRING)
    private TicketType type;

    private String title;
    private String description;

    @Enumerated(EnumType.STRING)
    private TicketStatus status;

    @Enumerated(EnumType.STRING)
    private @Nullable PendingReason pendingReason;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private @Nullable Long categoryId;

    @Enumerated(EnumType.STRING)
    private Impact impact;

    @Enumerated(EnumType.STRING)
    private Urgency urgency;

    @Enumerated(EnumType.STRING)
    private Priority priority;

    private long requesterId;
    private @Nullable Long organisationId;
    private @Nullable Long groupId;
    private @Nullable Long assigneeId;
    private long createdBy;

    @Enumerated(EnumType.STRING)
    private @Nullable ResolutionCode resolutionCode;

    private @Nullable String resolutionNotes;
    private @Nullable Integer rating;
    private @Nullable String ratingComment;
    private int reopenCount;
    private Instant createdAt;
    private Instant updatedAt;
    private @Nullable Instant firstResponseAt;
    private @Nullable Instant resolvedAt;
    private @Nullable Instant closedAt;
    private @Nullable Long mergedIntoId;

    /** Null until the first insert, which is how Spring Data tells a new ticket from a stored one. */
    @Version
    private @Nullable Long version;

    @Transient
    private final List<FieldChange> changes = new ArrayList<>();

    @SuppressWarnings("NullAway.Init")
    protected Ticket() {}

    /** A new ticket with the id {@link TicketIds} gave it; its number derives from the id and the day. */
    Ticket(long id, NewTicket t, Priority priority, Instant now, ZoneId numberZone) {
        this.id = id;
        this.type = t.type();
        this.number = TicketNumbers.format(type, id, now, numberZone);
        this.title = t.title();
        this.description = t.description();
        this.status = TicketStatus.NEW;
        this.channel = t.channel();
        this.categoryId = t.categoryId();
        this.impact = t.impact();
        this.urgency = t.urgency();
        this.priority = priority;
        this.requesterId = t.requesterId();
        this.organisationId = t.organisationId();
        this.createdBy = t.createdBy();
        this.createdAt = now;
        this.updatedAt = now;
        changes.add(new FieldChange("status", null, TicketStatus.NEW.name()));
        registerEvent(new TicketOpened(id, type, channel, categoryId, createdBy));
    }

    /** The validated content of a new ticket. */
    record NewTicket(
            TicketType type,
            String title,
            String description,
            Channel channel,
            @Nullable Long categoryId,
            Impact impact,
            Urgency urgency,
            long requesterId,
            @Nullable Long organisationId,
            long createdBy) {}

    /** Puts the ticket in a group's queue and, optionally, on a person. */
    void assign(@Nullable Long group, @Nullable Long assignee, Instant now) {
        TicketLifecycle.check(TicketAction.ASSIGN, status);
        if (Objects.equals(group, groupId) && Objects.equals(assignee, assigneeId)) {
            return;
        }
        change("group", groupId, group);
        change("assignee", assigneeId, assignee);
        groupId = group;
        assigneeId = assignee;
        if (assignee != null && status != TicketStatus.PENDING) {
            moveTo(TicketStatus.ASSIGNED);
        } else if (assignee == null && status != TicketStatus.PENDING) {
            moveTo(TicketStatus.NEW);
        }
        touch(now);
        registerEvent(new TicketAssigned(id(), groupId, assigneeId));
    }

    /** Moves the ticket to the next tier's group, out of anyone's hands. */
    void escalate(long toGroup, Instant now) {
        TicketLifecycle.check(TicketAction.ESCALATE, status);
        change("group", groupId, toGroup);
        change("assignee", assigneeId, null);
        groupId = toGroup;
        assigneeId = null;
        pendingReason = null;
        moveTo(TicketStatus.NEW);
        touch(now);
        registerEvent(new TicketAssigned(id(), groupId, null));
    }

    void start(Instant now) {
        transition(TicketAction.START, now);
    }

    void pend(PendingReason reason, Instant now) {
        TicketLifecycle.check(TicketAction.PEND, status);
        change("pendingReason", pendingReason, reason);
        pendingReason = reason;
        transition(TicketAction.PEND, now);
    }

    void resume(Instant now) {
        TicketLifecycle.check(TicketAction.RESUME, status);
        change("pendingReason", pendingReason, null);
        pendingReason = null;
        transition(TicketAction.RESUME, now);
    }

    void resolve(@Nullable ResolutionCode code, @Nullable String notes, long by, Instant now) {
        TicketLifecycle.check(TicketAction.RESOLVE, status);
        if (code == null) {
            throw DomainException.invalid("resolutionCode", "ticket.validation.resolutionCode");
        }
        if (notes == null || notes.isBlank()) {
            throw DomainException.invalid("resolutionNotes", "ticket.validation.resolutionNotes");
        }
        change("resolutionCode", resolutionCode, code);
        resolutionCode = code;
        resolutionNotes = notes.strip();
        pendingReason = null;
        resolvedAt = now;
        transition(TicketAction.RESOLVE, now);
        registerEvent(new TicketResolved(id(), by));
    }

    void accept(Instant now) {
        transition(TicketAction.ACCEPT, now);
        closedAt = now;
        registerEvent(new TicketClosed(id()));
    }

    void reject(Instant now) {
        transition(TicketAction.REJECT, now);
        resolvedAt = null;
        reopenCount++;
        registerEvent(new TicketReopened(id()));
    }

    void close(Instant now) {
        transition(TicketAction.CLOSE, now);
        closedAt = now;
        registerEvent(new TicketClosed(id()));
    }

    /** Reopens a closed ticket, but only within {@code window} after it closed. */
    void reopen(Duration window, Instant now) {
        TicketLifecycle.check(TicketAction.REOPEN, status);
        if (closedAt != null && closedAt.plus(window).isBefore(now)) {
            throw new DomainException(
                    DomainException.Kind.CONFLICT, "reopen-window", "ticket.error.reopenWindow", window.toDays());
        }
        moveTo(assigneeId != null ? TicketStatus.IN_PROGRESS : TicketStatus.NEW);
        closedAt = null;
        resolvedAt = null;
        reopenCount++;
        touch(now);
        registerEvent(new TicketReopened(id()));
    }

    void cancel(Instant now) {
        transition(TicketAction.CANCEL, now);
        closedAt = now;
    }

    /** Changes what the ticket is about; priority follows impact × urgency from the matrix. */
    void reclassify(
            TicketType newType,
            @Nullable Long newCategory,
            Impact newImpact,
            Urgency newUrgency,
            Priority newPriority,
            String newTitle,
            String newDescription,
            Instant now) {
        if (!status.open()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "ticket-closed", "ticket.error.notOpen");
        }
        change("type", type, newType);
        change("category", categoryId, newCategory);
        change("impact", impact, newImpact);
        change("urgency", urgency, newUrgency);
        change("title", title, newTitle);
        if (!description.equals(newDescription)) {
            changes.add(new FieldChange("description", null, null));
        }
        Priority before = priority;
        change("priority", priority, newPriority);
        type = newType;
        categoryId = newCategory;
        impact = newImpact;
        urgency = newUrgency;
        priority = newPriority;
        title = newTitle;
        description = newDescription;
        touch(now);
        if (before != newPriority) {
            registerEvent(new TicketPriorityChanged(id(), before, newPriority));
        }
        registerEvent(new TicketDetailsChanged(id()));
    }

    /** Sets the priority outside the matrix (an SLA escalation); only while the ticket is open. */
    void escalatePriority(Priority newPriority, Instant now) {
        if (!status.open() || newPriority == priority) {
            return;
        }
        Priority before = priority;
        change("priority", priority, newPriority);
        priority = newPriority;
        touch(now);
        registerEvent(new TicketPriorityChanged(id(), before, newPriority));
    }

    /** Notes the first public reply of an agent; returns true only the first time. */
    boolean recordFirstResponse(Instant now) {
        if (firstResponseAt != null) {
            return false;
        }
        firstResponseAt = now;
        return true;
    }

    void rate(int stars, @Nullable String comment) {
        if (status != TicketStatus.CLOSED) {
            throw new DomainException(DomainException.Kind.CONFLICT, "not-closed", "ticket.error.rateClosedOnly");
        }
        if (rating != null) {
            throw new DomainException(DomainException.Kind.CONFLICT, "already-rated", "ticket.error.alreadyRated");
        }
        if (stars < 1 || stars > 5) {
            throw DomainException.invalid("rating", "ticket.validation.rating");
        }
        change("rating", null, stars);
        rating = stars;
        ratingComment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    void markMergedInto(long target, Instant now) {
        mergedIntoId = target;
        change("mergedInto", null, target);
        if (status.open()) {
            resolutionCode = ResolutionCode.DUPLICATE;
            resolutionNotes = "merged";
            resolvedAt = now;
            moveTo(TicketStatus.CLOSED);
            closedAt = now;
            registerEvent(new TicketClosed(id()));
        }
        touch(now);
    }

    /** A file was attached: bumps the ticket like any change and tells the other modules. */
    void attached(long attachmentId, Instant now) {
        touch(now);
        registerEvent(new TicketAttachmentAdded(id(), attachmentId));
    }

    /** Any change (a reply, an attachment) that should bump the ticket in "recently updated" views. */
    void touch(Instant now) {
        updatedAt = now;
    }

    private void transition(TicketAction action, Instant now) {
        TicketLifecycle.check(action, status);
        TicketStatus target = TicketLifecycle.fixedTarget(action);
        if (target == null) {
            throw new IllegalStateException(action + " has no fixed target");
        }
        moveTo(target);
        touch(now);
    }

    private void moveTo(TicketStatus target) {
        if (target != status) {
            change("status", status, target);
            registerEvent(new TicketStatusChanged(id(), status, target));
            status = target;
        }
    }

    private void change(String field, @Nullable Object before, @Nullable Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(
                    field, before == null ? null : before.toString(), after == null ? null : after.toString()));
        }
    }

    /** The field changes since the last call, for the history table. */
    List<FieldChange> drainChanges() {
        List<FieldChange> drained = List.copyOf(changes);
        changes.clear();
        return drained;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("ticket not saved yet");
        }
        return id;
    }

    public String number() {
        return number;
    }

    public TicketType type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public TicketStatus status() {
        return status;
    }

    public @Nullable PendingReason pendingReason() {
        return pendingReason;
    }

    public Channel channel() {
        return channel;
    }

    public @Nullable Long categoryId() {
        return categoryId;
    }

    public Impact impact() {
        return impact;
    }

    public Urgency urgency() {
        return urgency;
    }

    public Priority priority() {
        return priority;
    }

    public long requesterId() {
        return requesterId;
    }

    public @Nullable Long organisationId() {
        return organisationId;
    }

    public @Nullable Long groupId() {
        return groupId;
    }

    public @Nullable Long assigneeId() {
        return assigneeId;
    }

    public long createdBy() {
        return createdBy;
    }

    public @Nullable ResolutionCode resolutionCode() {
        return resolutionCode;
    }

    public @Nullable String resolutionNotes() {
        return resolutionNotes;
    }

    public @Nullable Integer rating() {
        return rating;
    }

    public @Nullable String ratingComment() {
        return ratingComment;
    }

    public int reopenCount() {
        return reopenCount;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public @Nullable Instant firstResponseAt() {
        return firstResponseAt;
    }

    public @Nullable Instant resolvedAt() {
        return resolvedAt;
    }

    public @Nullable Instant closedAt() {
        return closedAt;
    }

    public @Nullable Long mergedIntoId() {
        return mergedIntoId;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
