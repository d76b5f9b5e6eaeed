package dev.keel.identity.domain;

import dev.keel.identity.OrganisationKind;
import dev.keel.identity.OrganisationSummary;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A customer that receives services, or the provider that runs the service desk. */
@Entity
@Table(name = "identity_organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String code;
    private String name;

    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    private boolean active = true;
    private Instant createdAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Organisation() {}

    Organisation(String code, String name, OrganisationKind kind, Instant now) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.createdAt = now;
    }

    void update(String name, OrganisationKind kind, boolean active) {
        this.name = name;
        this.kind = kind;
        this.active = active;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("organisation not saved yet");
        }
        return id;
    }

    public String code() {
        return code;
    }

    public long version() {
        return version;
    }

    public OrganisationSummary summary() {
        return new OrganisationSummary(id(), code, name, kind, active, version);
    }
}
