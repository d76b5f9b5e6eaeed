package dev.keel.cmdb.domain;

import dev.keel.cmdb.CiStatus;
import dev.keel.shared.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A configuration item: its class, lifecycle status, ownership and the values of its class's attributes
 * (keyed by attribute id, already validated and normalised). Status changes go through {@link CiLifecycle}.
 */
@Entity
@Table(name = "cmdb_ci")
public class ConfigurationItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String name;
    private long classId;

    @Enumerated(EnumType.STRING)
    private CiStatus status;

    @Enumerated(EnumType.STRING)
    private CiEnvironment environment;

    @Enumerated(EnumType.STRING)
    private Criticality criticality;

    private @Nullable Long ownerId;
    private @Nullable Long supportGroupId;
    private @Nullable Long organisationId;
    private String location = "";
    private @Nullable Integer minHealthyMembers;
    private Instant createdAt;
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cmdb_ci_attribute", joinColumns = @JoinColumn(name = "ci_id"))
    @MapKeyColumn(name = "attribute_id")
    @Column(name = "attr_value")
    private Map<Long, String> attributes = new HashMap<>();

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected ConfigurationItem() {}

    ConfigurationItem(long classId, CiFields fields, Map<Long, String> attributes, Instant now) {
        this.classId = classId;
        this.status = fields.status();
        this.createdAt = now;
        apply(fields, attributes, now);
    }

    public long id() {
        return Objects.requireNonNull(id, "CI not saved yet");
    }

    public String name() {
        return name;
    }

    public long classId() {
        return classId;
    }

    public CiStatus status() {
        return status;
    }

    public CiEnvironment environment() {
        return environment;
    }

    public Criticality criticality() {
        return criticality;
    }

    public @Nullable Long ownerId() {
        return ownerId;
    }

    public @Nullable Long supportGroupId() {
        return supportGroupId;
    }

    public @Nullable Long organisationId() {
        return organisationId;
    }

    public String location() {
        return location;
    }

    public @Nullable Integer minHealthyMembers() {
        return minHealthyMembers;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Map<Long, String> attributes() {
        return Map.copyOf(attributes);
    }

    public long version() {
        return version;
    }

    public boolean retired() {
        return status == CiStatus.RETIRED || status == CiStatus.DISPOSED;
    }

    void apply(CiFields fields, Map<Long, String> values, Instant now) {
        this.name = fields.name();
        this.environment = fields.environment();
        this.criticality = fields.criticality();
        this.ownerId = fields.ownerId();
        this.supportGroupId = fields.supportGroupId();
        this.organisationId = fields.organisationId();
        this.location = fields.location();
        this.minHealthyMembers = fields.minHealthyMembers();
        this.attributes.clear();
        this.attributes.putAll(values);
        this.updatedAt = now;
    }

    void moveTo(CiStatus to, Instant now) {
        if (to == status) {
            return;
        }
        if (!CiLifecycle.allows(status, to)) {
            throw new DomainException(
                    DomainException.Kind.CONFLICT, "illegal-transition", "cmdb.error.transition", status, to);
        }
        this.status = to;
        this.updatedAt = now;
    }
}
