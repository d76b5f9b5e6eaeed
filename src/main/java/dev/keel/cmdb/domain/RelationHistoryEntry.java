package dev.keel.cmdb.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A relation was added or removed: kept after the relation itself is gone. */
@Entity
@Table(name = "cmdb_relation_history")
public class RelationHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long relationId;
    private long typeId;
    private long sourceId;
    private long targetId;
    private String changeKind;
    private String actor;
    private Instant changedAt;

    @SuppressWarnings("NullAway.Init")
    protected RelationHistoryEntry() {}

    RelationHistoryEntry(Relation relation, String changeKind, String actor, Instant changedAt) {
        this.relationId = relation.id();
        this.typeId = relation.typeId();
        this.sourceId = relation.sourceId();
        this.targetId = relation.targetId();
        this.changeKind = changeKind;
        this.actor = actor;
        this.changedAt = changedAt;
    }

    public long relationId() {
        return relationId;
    }

    public long typeId() {
        return typeId;
    }

    public long sourceId() {
        return sourceId;
    }

    public long targetId() {
        return targetId;
    }

    public String changeKind() {
        return changeKind;
    }

    public String actor() {
        return actor;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
