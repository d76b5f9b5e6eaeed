package dev.keel.cmdb.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A directed relation {@code source → target} of a relation type ("app runs on server"). */
@Entity
@Table(name = "cmdb_relation")
public class Relation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long typeId;
    private long sourceId;
    private long targetId;
    private Instant createdAt;
    private String createdBy;

    @SuppressWarnings("NullAway.Init")
    protected Relation() {}

    Relation(long typeId, long sourceId, long targetId, Instant createdAt, String createdBy) {
        this.typeId = typeId;
        this.sourceId = sourceId;
        this.targetId = targetId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public long id() {
        return Objects.requireNonNull(id, "relation not saved yet");
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

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
