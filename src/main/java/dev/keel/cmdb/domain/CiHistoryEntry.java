package dev.keel.cmdb.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One changed field of a configuration item: who, when, old → new. */
@Entity
@Table(name = "cmdb_ci_history")
public class CiHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long ciId;
    private String field;
    private @Nullable String oldValue;
    private @Nullable String newValue;
    private String actor;
    private Instant changedAt;

    @SuppressWarnings("NullAway.Init")
    protected CiHistoryEntry() {}

    CiHistoryEntry(
            long ciId,
            String field,
            @Nullable String oldValue,
            @Nullable String newValue,
            String actor,
            Instant changedAt) {
        this.ciId = ciId;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.actor = actor;
        this.changedAt = changedAt;
    }

    public long ciId() {
        return ciId;
    }

    public String field() {
        return field;
    }

    public @Nullable String oldValue() {
        return oldValue;
    }

    public @Nullable String newValue() {
        return newValue;
    }

    public String actor() {
        return actor;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
