package dev.keel.identity.domain;

import dev.keel.identity.GroupSummary;
import dev.keel.identity.GroupTier;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A team that works tickets, e.g. Service Desk (L1) or Database (L2), with its lead and members. */
@Entity
@Table(name = "identity_group")
public class SupportGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String code;
    private String name;
    private @Nullable String description;

    @Enumerated(EnumType.STRING)
    private GroupTier tier;

    private @Nullable Long leadId;
    private @Nullable String email;
    private Instant createdAt;

    @Version
    private long version;

    private boolean securityGroup;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "identity_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "user_id")
    private Set<Long> memberIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "identity_group_customer", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "organisation_id")
    private Set<Long> servedOrganisationIds = new HashSet<>();

    @SuppressWarnings("NullAway.Init")
    protected SupportGroup() {}

    SupportGroup(String code, String name, GroupTier tier, Instant now) {
        this.code = code;
        this.name = name;
        this.tier = tier;
        this.createdAt = now;
    }

    void describe(String name, @Nullable String description, GroupTier tier, @Nullable String email) {
        this.name = name;
        this.description = description;
        this.tier = tier;
        this.email = email;
    }

    /** Makes {@code userId} the lead; a lead is always a member too. */
    void setLead(@Nullable Long userId) {
        this.leadId = userId;
        if (userId != null) {
            memberIds.add(userId);
        }
    }

    /** Who the group works for: its security flag and the customers it serves (empty = all). */
    void scope(boolean security, Set<Long> servedOrganisations) {
        this.securityGroup = security;
        this.servedOrganisationIds.clear();
        this.servedOrganisationIds.addAll(servedOrganisations);
    }

    boolean addMember(long userId) {
        return memberIds.add(userId);
    }

    boolean removeMember(long userId) {
        if (leadId != null && leadId == userId) {
            leadId = null;
        }
        return memberIds.remove(userId);
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("group not saved yet");
        }
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public long version() {
        return version;
    }

    public GroupSummary summary() {
        return new GroupSummary(
                id(),
                code,
                name,
                description,
                tier,
                leadId,
                email,
                Set.copyOf(memberIds),
                securityGroup,
                Set.copyOf(servedOrganisationIds),
                version);
    }
}
