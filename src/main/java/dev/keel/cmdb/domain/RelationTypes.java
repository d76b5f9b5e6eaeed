package dev.keel.cmdb.domain;

import dev.keel.cmdb.CmdbConfigurationChanged;
import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The relation types (a handful; read whole), administrable and audited like the classes. */
@Service
@Transactional
public class RelationTypes {

    private final RelationTypeRepository types;
    private final ApplicationEventPublisher events;

    RelationTypes(RelationTypeRepository types, ApplicationEventPublisher events) {
        this.types = types;
        this.events = events;
    }

    /** A relation type as sent by an administrator: the names of both directions in both languages. */
    public record Draft(
            @Nullable String code,
            @Nullable String outgoingZh,
            @Nullable String outgoingEn,
            @Nullable String incomingZh,
            @Nullable String incomingEn,
            boolean acyclic,
            @Nullable String propagation) {}

    @Transactional(readOnly = true)
    public List<RelationType> all() {
        return types.findAllByOrderByIdAsc();
    }

    @Transactional(readOnly = true)
    public RelationType find(long id) {
        return types.findById(id).orElseThrow(() -> CmdbErrors.notFound("relationType"));
    }

    @Transactional(readOnly = true)
    public Optional<RelationType> findByCode(String code) {
        return types.findByCode(code);
    }

    public RelationType create(Draft draft, Actor actor) {
        String code = CiClasses.code(draft.code(), "code");
        if (types.findByCode(code).isPresent()) {
            throw CmdbErrors.invalid("code", "cmdb.validation.codeTaken");
        }
        var saved = types.saveAndFlush(new RelationType(
                code, outgoing(draft), incoming(draft), draft.acyclic(), propagation(draft.propagation())));
        audit("cmdb.relationType.created", saved, actor);
        return saved;
    }

    public RelationType update(long id, Draft draft, @Nullable Long expectedVersion, Actor actor) {
        RelationType type = find(id);
        if (expectedVersion == null) {
            throw CmdbErrors.invalid("version", "cmdb.validation.version");
        }
        if (expectedVersion != type.version()) {
            throw CmdbErrors.stale();
        }
        type.change(outgoing(draft), incoming(draft), draft.acyclic(), propagation(draft.propagation()));
        var saved = types.saveAndFlush(type);
        audit("cmdb.relationType.changed", saved, actor);
        return saved;
    }

    private static Texts outgoing(Draft d) {
        return renamed(d.outgoingZh(), d.outgoingEn(), "outgoing");
    }

    private static Texts incoming(Draft d) {
        return renamed(d.incomingZh(), d.incomingEn(), "incoming");
    }

    /** The direction's names, with field problems named {@code outgoingZh} etc. */
    private static Texts renamed(@Nullable String zh, @Nullable String en, String prefix) {
        try {
            return Texts.of(zh, en, null, null);
        } catch (DomainException e) {
            throw new DomainException(
                    e.kind(),
                    e.code(),
                    e.messageKey(),
                    e.fieldProblems().stream()
                            .map(p -> new DomainException.FieldProblem(
                                    p.field().replace("name", prefix), p.messageKey(), p.arguments()))
                            .toList());
        }
    }

    private static RelationType.Propagation propagation(@Nullable String raw) {
        List<DomainException.FieldProblem> problems = new ArrayList<>();
        var result = CiDraft.parse(
                RelationType.Propagation.class, raw, RelationType.Propagation.NONE, "propagation", problems);
        CmdbErrors.throwIfAny(problems);
        return result;
    }

    private void audit(String action, RelationType type, Actor actor) {
        events.publishEvent(new CmdbConfigurationChanged(
                action,
                actor.name(),
                actor.remoteAddress(),
                "cmdb-relation-type:" + type.code(),
                "outgoingEn=" + type.outgoingEn() + ", incomingEn=" + type.incomingEn() + ", acyclic=" + type.acyclic()
                        + ", propagation=" + type.propagation()));
    }
}
