package dev.keel.identity.domain;

import dev.keel.identity.GroupSummary;
import dev.keel.identity.GroupTier;
import dev.keel.identity.IdentityEvents.ConfigurationChanged;
import dev.keel.shared.Actor;
import dev.keel.shared.Keyset;
import dev.keel.shared.Keyset.Page;
import dev.keel.shared.Keyset.PageRequest;
import java.time.Clock;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates support groups and manages their lead and members. */
@Service
@Transactional
public class SupportGroups {

    private final SupportGroupRepository groups;
    private final UserRepository users;
    private final OrganisationRepository organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupportGroups(
            SupportGroupRepository groups,
            UserRepository users,
            OrganisationRepository organisations,
            ApplicationEventPublisher events,
            Clock clock) {
        this.groups = groups;
        this.users = users;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    public GroupSummary create(
            String code,
            String name,
            @Nullable String description,
            GroupTier tier,
            @Nullable String email,
            Actor actor) {
        String checkedCode = Inputs.code(code);
        SupportGroup group = new SupportGroup(checkedCode, Inputs.text("name", name, 200), tier, clock.instant());
        group.describe(
                Inputs.text("name", name, 200),
                Inputs.optionalText("description", description, 2000),
                tier,
                Inputs.optionalEmail("email", email));
        if (groups.existsByCode(checkedCode)) {
            throw IdentityErrors.taken("code", checkedCode);
        }
        groups.save(group);
        publish(actor, "group.created", group, "tier=" + tier);
        return group.summary();
    }

    public GroupSummary update(
            long groupId,
            String name,
            @Nullable String description,
            GroupTier tier,
            @Nullable String email,
            @Nullable Long leadId,
            long version,
            Actor actor) {
        SupportGroup group = load(groupId);
        if (group.version() != version) {
            throw IdentityErrors.stale();
        }
        if (leadId != null && !users.existsById(leadId)) {
            throw IdentityErrors.invalid("leadId", "validation.user");
        }
        group.describe(
                Inputs.text("name", name, 200),
                Inputs.optionalText("description", description, 2000),
                tier,
                Inputs.optionalEmail("email", email));
        group.setLead(leadId);
        groups.saveAndFlush(group);
        publish(actor, "group.updated", group, "lead=" + leadId);
        return group.summary();
    }

    /** Sets whether the group handles security incidents and which customers it serves (empty = all). */
    public GroupSummary scope(long groupId, boolean security, Set<Long> servedOrganisations, Actor actor) {
        SupportGroup group = load(groupId);
        for (Long organisationId : servedOrganisations) {
            if (!organisations.existsById(organisationId)) {
                throw IdentityErrors.invalid("servedOrganisationIds", "validation.organisation");
            }
        }
        group.scope(security, servedOrganisations);
        groups.saveAndFlush(group);
        publish(actor, "group.scope-changed", group, "security=" + security + ", serves=" + servedOrganisations);
        return group.summary();
    }

    public void addMember(long groupId, String username, Actor actor) {
        SupportGroup group = load(groupId);
        User user = users.findByUsername(username.trim())
                .orElseThrow(() -> IdentityErrors.invalid("username", "validation.user"));
        if (group.addMember(user.id())) {
            groups.saveAndFlush(group);
            publish(actor, "group.member-added", group, "user=" + user.username());
        }
    }

    public void removeMember(long groupId, long userId, Actor actor) {
        SupportGroup group = load(groupId);
        if (group.removeMember(userId)) {
            groups.saveAndFlush(group);
            publish(actor, "group.member-removed", group, "userId=" + userId);
        }
    }

    @Transactional(readOnly = true)
    public GroupSummary find(long groupId) {
        return load(groupId).summary();
    }

    @Transactional(readOnly = true)
    public Page<GroupSummary> page(PageRequest request) {
        return Keyset.page(
                        groups.findByIdGreaterThanOrderById(request.afterLong(0), Limit.of(request.fetchSize())),
                        request,
                        SupportGroup::id)
                .map(SupportGroup::summary);
    }

    private SupportGroup load(long groupId) {
        return groups.findById(groupId).orElseThrow(IdentityErrors::groupNotFound);
    }

    private void publish(Actor actor, String action, SupportGroup group, String details) {
        events.publishEvent(new ConfigurationChanged(
                actor.name(), actor.remoteAddress(), action, "group:" + group.code(), details));
    }
}
