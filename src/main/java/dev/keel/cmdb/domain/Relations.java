package dev.keel.cmdb.domain;

import dev.keel.cmdb.RelationAdded;
import dev.keel.cmdb.RelationRemoved;
import dev.keel.shared.Actor;
import dev.keel.shared.DomainException.FieldProblem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Relations between configuration items. Refused: unknown type or CIs, a relation of a CI to itself, a
 * relation to or from a retired CI, a duplicate, and a relation that would close a cycle of an acyclic
 * type (hosted in, runs on…). Every addition and removal is kept in the relation history and published.
 */
@Service
@Transactional
public class Relations {

    static final int MAX_CYCLE_DEPTH = 100;

    private final RelationRepository relations;
    private final RelationHistoryRepository history;
    private final RelationTypes types;
    private final CiRepository items;
    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Relations(
            RelationRepository relations,
            RelationHistoryRepository history,
            RelationTypes types,
            CiRepository items,
            NamedParameterJdbcTemplate jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.relations = relations;
        this.history = history;
        this.types = types;
        this.items = items;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Adds {@code source → target} of the type with {@code typeCode}. */
    public Relation add(@Nullable String typeCode, @Nullable Long sourceId, @Nullable Long targetId, Actor actor) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<RelationType> type = typeCode == null ? Optional.empty() : types.findByCode(typeCode.strip());
        if (type.isEmpty()) {
            problems.add(new FieldProblem("type", "cmdb.validation.relationType"));
        }
        Optional<ConfigurationItem> source = end(sourceId, "sourceId", problems);
        Optional<ConfigurationItem> target = end(targetId, "targetId", problems);
        if (sourceId != null && sourceId.equals(targetId)) {
            problems.add(new FieldProblem("targetId", "cmdb.validation.selfRelation"));
        }
        CmdbErrors.throwIfAny(problems);
        long typeId = type.orElseThrow().id();
        long from = source.orElseThrow().id();
        long to = target.orElseThrow().id();
        if (relations.existsBySourceIdAndTypeIdAndTargetId(from, typeId, to)) {
            throw CmdbErrors.conflict("duplicate", "cmdb.error.relationExists");
        }
        if (type.get().acyclic() && reaches(typeId, to, from)) {
            throw CmdbErrors.invalid(
                    "targetId", "cmdb.validation.cycle", type.get().outgoingEn());
        }
        Relation relation = relations.saveAndFlush(new Relation(typeId, from, to, clock.instant(), actor.name()));
        history.save(new RelationHistoryEntry(relation, "ADDED", actor.name(), clock.instant()));
        events.publishEvent(new RelationAdded(relation.id(), typeId, from, to));
        return relation;
    }

    public void remove(long id, Actor actor) {
        Relation relation = relations.findById(id).orElseThrow(() -> CmdbErrors.notFound("relation"));
        relations.delete(relation);
        history.save(new RelationHistoryEntry(relation, "REMOVED", actor.name(), clock.instant()));
        events.publishEvent(
                new RelationRemoved(relation.id(), relation.typeId(), relation.sourceId(), relation.targetId()));
    }

    @Transactional(readOnly = true)
    public Relation find(long id) {
        return relations.findById(id).orElseThrow(() -> CmdbErrors.notFound("relation"));
    }

    /** The relations starting at this CI. */
    @Transactional(readOnly = true)
    public List<Relation> outgoing(long ciId) {
        return relations.findBySourceIdOrderByIdAsc(ciId);
    }

    /** The relations ending at this CI. */
    @Transactional(readOnly = true)
    public List<Relation> incoming(long ciId) {
        return relations.findByTargetIdOrderByIdAsc(ciId);
    }

    @Transactional(readOnly = true)
    public List<RelationHistoryEntry> history(long ciId) {
        return history.forCi(ciId);
    }

    private Optional<ConfigurationItem> end(@Nullable Long id, String field, List<FieldProblem> problems) {
        if (id == null) {
            problems.add(new FieldProblem(field, "cmdb.validation.required"));
            return Optional.empty();
        }
        Optional<ConfigurationItem> ci = items.findById(id);
        if (ci.isEmpty()) {
            problems.add(new FieldProblem(field, "cmdb.validation.ciUnknown"));
        } else if (ci.get().retired()) {
            problems.add(new FieldProblem(
                    field, "cmdb.validation.ciRetired", ci.get().name()));
        }
        return ci;
    }

    /** Whether {@code goal} can be reached from {@code start} along relations of the type, level by level. */
    private boolean reaches(long typeId, long start, long goal) {
        Set<Long> seen = new HashSet<>(Set.of(start));
        Set<Long> frontier = Set.of(start);
        for (int depth = 0; depth < MAX_CYCLE_DEPTH && !frontier.isEmpty(); depth++) {
            if (frontier.contains(goal)) {
                return true;
            }
            List<Long> next = Batches.query(
                    frontier,
                    batch -> jdbc.queryForList(
                            "select target_id from cmdb_relation where type_id = :type and source_id in (:ids)",
                            java.util.Map.of("type", typeId, "ids", batch),
                            Long.class));
            Set<Long> fresh = new HashSet<>();
            for (Long id : next) {
                if (seen.add(id)) {
                    fresh.add(id);
                }
            }
            frontier = fresh;
        }
        return false;
    }
}
