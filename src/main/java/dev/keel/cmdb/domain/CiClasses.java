package dev.keel.cmdb.domain;

import dev.keel.cmdb.CmdbConfigurationChanged;
import dev.keel.shared.Actor;
import dev.keel.shared.DomainException.FieldProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CI classes and their attributes (a few dozen; read whole): created and changed by configuration
 * administrators, every change published as an audited {@link CmdbConfigurationChanged}. An attribute's
 * code and type are fixed once created, so stored values never become invalid by a type change.
 */
@Service
@Transactional
public class CiClasses {

    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{1,59}");

    private final CiClassRepository classes;
    private final ApplicationEventPublisher events;

    CiClasses(CiClassRepository classes, ApplicationEventPublisher events) {
        this.classes = classes;
        this.events = events;
    }

    /** An attribute as sent by an administrator; {@code kind} and {@code choices} are raw. */
    public record AttributeDraft(
            @Nullable String code,
            @Nullable String kind,
            @Nullable String nameZh,
            @Nullable String nameEn,
            @Nullable String helpZh,
            @Nullable String helpEn,
            boolean required,
            boolean unique,
            @Nullable String choices,
            @Nullable Integer sortOrder) {}

    @Transactional(readOnly = true)
    public List<CiClass> all() {
        return classes.findAllByOrderByIdAsc();
    }

    @Transactional(readOnly = true)
    public CiClass find(long id) {
        return classes.findById(id).orElseThrow(() -> CmdbErrors.notFound("class"));
    }

    @Transactional(readOnly = true)
    public Optional<CiClass> findByCode(String code) {
        return classes.findByCode(code);
    }

    public CiClass create(@Nullable String code, Texts texts, Actor actor) {
        String c = code(code, "code");
        if (classes.findByCode(c).isPresent()) {
            throw CmdbErrors.invalid("code", "cmdb.validation.codeTaken");
        }
        var saved = classes.saveAndFlush(new CiClass(c, texts));
        audit("cmdb.class.created", saved, actor, "code=" + c + ", nameEn=" + texts.nameEn());
        return saved;
    }

    public CiClass update(long id, Texts texts, boolean active, @Nullable Long expectedVersion, Actor actor) {
        CiClass ciClass = find(id);
        checkVersion(ciClass, expectedVersion);
        ciClass.rename(texts);
        ciClass.activate(active);
        var saved = classes.saveAndFlush(ciClass);
        audit(
                "cmdb.class.changed",
                saved,
                actor,
                "nameZh=" + texts.nameZh() + ", nameEn=" + texts.nameEn() + ", active=" + active);
        return saved;
    }

    public CiClass addAttribute(long classId, AttributeDraft draft, @Nullable Long expectedVersion, Actor actor) {
        CiClass ciClass = find(classId);
        checkVersion(ciClass, expectedVersion);
        List<FieldProblem> problems = new ArrayList<>();
        String code = draft.code() == null ? "" : draft.code().strip();
        if (!CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("code", "cmdb.validation.code"));
        } else if (ciClass.attribute(code).isPresent()) {
            problems.add(new FieldProblem("code", "cmdb.validation.codeTaken"));
        }
        AttributeKind kind = CiDraft.parse(AttributeKind.class, draft.kind(), AttributeKind.TEXT, "kind", problems);
        if (draft.kind() == null || draft.kind().isBlank()) {
            problems.add(new FieldProblem("kind", "cmdb.validation.required"));
        }
        List<String> choices = choices(kind, draft.choices(), problems);
        Texts texts = texts(draft, problems);
        CmdbErrors.throwIfAny(problems);
        int sort = draft.sortOrder() == null ? ciClass.attributes().size() + 1 : draft.sortOrder();
        ciClass.add(new ClassAttribute(code, kind, texts, draft.required(), draft.unique(), choices, sort));
        var saved = classes.saveAndFlush(ciClass);
        audit(
                "cmdb.attribute.created",
                saved,
                actor,
                "code=" + code + ", kind=" + kind + ", required=" + draft.required() + ", unique=" + draft.unique());
        return saved;
    }

    public CiClass changeAttribute(
            long classId, String code, AttributeDraft draft, @Nullable Long expectedVersion, Actor actor) {
        CiClass ciClass = find(classId);
        checkVersion(ciClass, expectedVersion);
        ClassAttribute attribute = ciClass.attribute(code).orElseThrow(() -> CmdbErrors.notFound("attribute"));
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.kind() != null
                && !draft.kind().isBlank()
                && !draft.kind().strip().equalsIgnoreCase(attribute.kind().name())) {
            problems.add(new FieldProblem("kind", "cmdb.validation.kindFixed"));
        }
        List<String> choices = choices(attribute.kind(), draft.choices(), problems);
        Texts texts = texts(draft, problems);
        CmdbErrors.throwIfAny(problems);
        attribute.change(texts, draft.required(), draft.unique(), choices);
        var saved = classes.saveAndFlush(ciClass);
        audit(
                "cmdb.attribute.changed",
                saved,
                actor,
                "code=" + code + ", required=" + draft.required() + ", unique=" + draft.unique() + ", choices="
                        + String.join(",", choices));
        return saved;
    }

    static String code(@Nullable String raw, String field) {
        String c = raw == null ? "" : raw.strip();
        if (!CODE.matcher(c).matches()) {
            throw CmdbErrors.invalid(field, "cmdb.validation.code");
        }
        return c;
    }

    private static Texts texts(AttributeDraft draft, List<FieldProblem> problems) {
        try {
            return Texts.of(draft.nameZh(), draft.nameEn(), draft.helpZh(), draft.helpEn());
        } catch (dev.keel.shared.DomainException e) {
            problems.addAll(e.fieldProblems());
            return new Texts("", "", "", "");
        }
    }

    private static List<String> choices(AttributeKind kind, @Nullable String raw, List<FieldProblem> problems) {
        List<String> list = raw == null
                ? List.of()
                : Arrays.stream(raw.split("[,，\\n]"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList();
        if (kind == AttributeKind.CHOICE && list.isEmpty()) {
            problems.add(new FieldProblem("choices", "cmdb.validation.choices"));
        }
        if (String.join(",", list).length() > 2000) {
            problems.add(new FieldProblem("choices", "cmdb.validation.tooLong", 2000));
        }
        return kind == AttributeKind.CHOICE ? list : List.of();
    }

    private static void checkVersion(CiClass ciClass, @Nullable Long expectedVersion) {
        if (expectedVersion == null) {
            throw CmdbErrors.invalid("version", "cmdb.validation.version");
        }
        if (expectedVersion != ciClass.version()) {
            throw CmdbErrors.stale();
        }
    }

    private void audit(String action, CiClass ciClass, Actor actor, String details) {
        events.publishEvent(new CmdbConfigurationChanged(
                action, actor.name(), actor.remoteAddress(), "cmdb-class:" + ciClass.code(), details));
    }
}
