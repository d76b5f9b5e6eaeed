package dev.keel.identity.domain;

import dev.keel.identity.IdentityEvents.ConfigurationChanged;
import dev.keel.identity.OrganisationKind;
import dev.keel.identity.OrganisationSummary;
import dev.keel.shared.Actor;
import dev.keel.shared.Keyset;
import dev.keel.shared.Keyset.Page;
import dev.keel.shared.Keyset.PageRequest;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and changes customer and provider organisations. */
@Service
@Transactional
public class Organisations {

    private final OrganisationRepository organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Organisations(OrganisationRepository organisations, ApplicationEventPublisher events, Clock clock) {
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    public OrganisationSummary create(String code, String name, OrganisationKind kind, Actor actor) {
        String checkedCode = Inputs.code(code);
        Organisation organisation =
                new Organisation(checkedCode, Inputs.text("name", name, 200), kind, clock.instant());
        if (organisations.existsByCode(checkedCode)) {
            throw IdentityErrors.taken("code", checkedCode);
        }
        organisations.save(organisation);
        publish(actor, "organisation.created", organisation, "kind=" + kind);
        return organisation.summary();
    }

    public OrganisationSummary update(
            long id, String name, OrganisationKind kind, boolean active, long version, Actor actor) {
        Organisation organisation = organisations.findById(id).orElseThrow(IdentityErrors::organisationNotFound);
        if (organisation.version() != version) {
            throw IdentityErrors.stale();
        }
        organisation.update(Inputs.text("name", name, 200), kind, active);
        organisations.saveAndFlush(organisation);
        publish(actor, "organisation.updated", organisation, "kind=" + kind + ", active=" + active);
        return organisation.summary();
    }

    @Transactional(readOnly = true)
    public OrganisationSummary find(long id) {
        return organisations.findById(id).map(Organisation::summary).orElseThrow(IdentityErrors::organisationNotFound);
    }

    @Transactional(readOnly = true)
    public Page<OrganisationSummary> page(PageRequest request) {
        return Keyset.page(
                        organisations.findByIdGreaterThanOrderById(request.afterLong(0), Limit.of(request.fetchSize())),
                        request,
                        Organisation::id)
                .map(Organisation::summary);
    }

    private void publish(Actor actor, String action, Organisation organisation, String details) {
        events.publishEvent(new ConfigurationChanged(
                actor.name(), actor.remoteAddress(), action, "organisation:" + organisation.code(), details));
    }
}
