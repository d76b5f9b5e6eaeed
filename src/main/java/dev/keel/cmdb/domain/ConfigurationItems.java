package dev.keel.cmdb.domain;

import dev.keel.cmdb.CiChanged;
import dev.keel.cmdb.CiCreated;
import dev.keel.cmdb.CiRetired;
import dev.keel.cmdb.CiStatus;
import dev.keel.cmdb.CiStatusChanged;
import dev.keel.identity.UserDirectory;
import dev.keel.shared.Actor;
import dev.keel.shared.DomainException.FieldProblem;
import dev.keel.shared.Keyset;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Configuration items: create, change (with the version read), move through the lifecycle, list with
 * filters by keyset, and their field history. Publishes {@link CiCreated}, {@link CiChanged}, {@link
 * CiStatusChanged} and {@link CiRetired}.
 */
@Service
@Transactional
public class ConfigurationItems {

    private final CiRepository items;
    private final CiClasses classes;
    private final AttributeValues values;
    private final CiHistory history;
    private final UserDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConfigurationItems(
            CiRepository items,
            CiClasses classes,
            AttributeValues values,
            CiHistory history,
            UserDirectory directory,
            ApplicationEventPublisher events,
            Clock clock) {
        this.items = items;
        this.classes = classes;
        this.values = values;
        this.history = history;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** Filters of the CI list; null means any. {@code attribute} and {@code value} go together. */
    public record Filter(
            @Nullable Long classId,
            @Nullable CiStatus status,
            @Nullable Long groupId,
            @Nullable Long organisationId,
            @Nullable String name,
            @Nullable String attribute,
            @Nullable String value) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null);
        }
    }

    /** Creates a CI; any bad field, class or attribute value is reported at once and nothing is written. */
    public ConfigurationItem create(CiDraft draft, Actor actor) {
        List<FieldProblem> problems = new ArrayList<>();
        CiFields fields = draft.fields(directory, problems);
        CiClass ciClass = classFor(draft.classCode(), problems);
        Map<Long, String> attributes =
                ciClass == null ? Map.of() : values.check(ciClass, draft.attributeValues(), null, problems);
        if (ciClass != null
                && !fields.name().isEmpty()
                && items.findByClassIdAndName(ciClass.id(), fields.name()).isPresent()) {
            problems.add(new FieldProblem("name", "cmdb.validation.nameTaken"));
        }
        CmdbErrors.throwIfAny(problems);
        var ci = items.saveAndFlush(
                new ConfigurationItem(Objects.requireNonNull(ciClass).id(), fields, attributes, clock.instant()));
        history.record(ci.id(), "created", null, ci.name(), actor);
        events.publishEvent(new CiCreated(ci.id()));
        return ci;
    }

    /** Changes the fields and attributes of a CI (not its class); {@code status} moves it, if given. */
    public ConfigurationItem update(long id, CiDraft draft, @Nullable Long expectedVersion, Actor actor) {
        ConfigurationItem ci = find(id);
        if (expectedVersion == null) {
            throw CmdbErrors.invalid("version", "cmdb.validation.version");
        }
        if (expectedVersion != ci.version()) {
            throw CmdbErrors.stale();
        }
        CiClass ciClass = classes.find(ci.classId());
        if (draft.classCode() != null
                && !draft.classCode().isBlank()
                && !draft.classCode().strip().equals(ciClass.code())) {
            throw CmdbErrors.invalid("classCode", "cmdb.validation.classFixed");
        }
        List<FieldProblem> problems = new ArrayList<>();
        CiDraft withStatus = draft.status() == null ? withStatus(draft, ci.status()) : draft;
        CiFields fields = withStatus.fields(directory, problems);
        Map<Long, String> attributes = values.check(ciClass, draft.attributeValues(), id, problems);
        Optional<ConfigurationItem> sameName = items.findByClassIdAndName(ci.classId(), fields.name());
        if (sameName.isPresent() && sameName.get().id() != id) {
            problems.add(new FieldProblem("name", "cmdb.validation.nameTaken"));
        }
        CmdbErrors.throwIfAny(problems);
        if (fields.status() != ci.status() && !CiLifecycle.allows(ci.status(), fields.status())) {
            throw CmdbErrors.invalid("status", "cmdb.validation.transition", ci.status(), fields.status());
        }
        List<CiHistory.Change> changes = CiHistory.diff(ci, ciClass, fields, attributes);
        CiStatus before = ci.status();
        ci.apply(fields, attributes, clock.instant());
        ci.moveTo(fields.status(), clock.instant());
        var saved = items.saveAndFlush(ci);
        history.record(id, changes, actor);
        if (changes.stream().anyMatch(c -> !c.field().equals("status"))) {
            events.publishEvent(new CiChanged(id));
        }
        statusEvents(id, before, saved.status());
        return saved;
    }

    /** Moves a CI to {@code to} if the lifecycle allows it (409 otherwise). */
    public ConfigurationItem changeStatus(long id, CiStatus to, @Nullable Long expectedVersion, Actor actor) {
        ConfigurationItem ci = find(id);
        if (expectedVersion != null && expectedVersion != ci.version()) {
            throw CmdbErrors.stale();
        }
        CiStatus before = ci.status();
        ci.moveTo(to, clock.instant());
        var saved = items.saveAndFlush(ci);
        if (before != to) {
            history.record(id, "status", before.name(), to.name(), actor);
            statusEvents(id, before, to);
        }
        return saved;
    }

    @Transactional(readOnly = true)
    public ConfigurationItem find(long id) {
        return items.findById(id).orElseThrow(() -> CmdbErrors.notFound("ci"));
    }

    @Transactional(readOnly = true)
    public Optional<ConfigurationItem> findByName(long classId, String name) {
        return items.findByClassIdAndName(classId, name);
    }

    @Transactional(readOnly = true)
    public List<ConfigurationItem> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : items.findByIdIn(ids);
    }

    /** A page of CIs in id order under the filter. */
    @Transactional(readOnly = true)
    public Keyset.Page<ConfigurationItem> list(Filter filter, Keyset.PageRequest page) {
        long after = page.afterLong(0);
        String name = filter.name() == null || filter.name().isBlank()
                ? null
                : "%" + filter.name().strip().toLowerCase(java.util.Locale.ROOT) + "%";
        var limit = PageRequest.of(0, page.fetchSize());
        List<ConfigurationItem> rows;
        if (filter.attribute() != null && !filter.attribute().isBlank()) {
            if (filter.classId() == null) {
                throw CmdbErrors.invalid("attribute", "cmdb.validation.attributeNeedsClass");
            }
            ClassAttribute attribute = classes.find(filter.classId())
                    .attribute(filter.attribute().strip())
                    .orElseThrow(() ->
                            CmdbErrors.invalid("attribute", "cmdb.validation.attribute.unknown", filter.attribute()));
            rows = items.pageByAttribute(
                    after,
                    attribute.id(),
                    filter.value() == null ? "" : filter.value().strip(),
                    filter.classId(),
                    filter.status(),
                    filter.groupId(),
                    filter.organisationId(),
                    name,
                    limit);
        } else {
            rows = items.page(
                    after, filter.classId(), filter.status(), filter.groupId(), filter.organisationId(), name, limit);
        }
        return Keyset.page(rows, page, ConfigurationItem::id);
    }

    /** CIs whose name contains {@code text}, for pickers. */
    @Transactional(readOnly = true)
    public List<ConfigurationItem> suggest(String text, int limit) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.isEmpty()) {
            return List.of();
        }
        return items.findByNameLike("%" + t.replace("%", "").replace("_", "") + "%", PageRequest.of(0, limit));
    }

    private void statusEvents(long id, CiStatus before, CiStatus after) {
        if (before == after) {
            return;
        }
        events.publishEvent(new CiStatusChanged(id, before, after));
        if (after == CiStatus.RETIRED) {
            events.publishEvent(new CiRetired(id));
        }
    }

    private @Nullable CiClass classFor(@Nullable String code, List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(new FieldProblem("classCode", "cmdb.validation.required"));
            return null;
        }
        var found = classes.findByCode(code.strip());
        if (found.isEmpty() || !found.get().active()) {
            problems.add(new FieldProblem("classCode", "cmdb.validation.class"));
            return null;
        }
        return found.get();
    }

    private static CiDraft withStatus(CiDraft d, CiStatus status) {
        return new CiDraft(
                d.classCode(),
                d.name(),
                status.name(),
                d.environment(),
                d.criticality(),
                d.ownerId(),
                d.supportGroupId(),
                d.organisationId(),
                d.location(),
                d.minHealthyMembers(),
                d.attributes());
    }
}
