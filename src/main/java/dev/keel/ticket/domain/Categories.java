package dev.keel.ticket.domain;

import dev.keel.identity.UserDirectory;
import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import dev.keel.shared.DomainException.FieldProblem;
import dev.keel.shared.DomainException.Kind;
import dev.keel.ticket.CategoryView;
import dev.keel.ticket.TicketConfigurationChanged;
import dev.keel.ticket.TicketType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrable category tree: listing it in sort order, creating, editing and deactivating
 * categories. Every change is published as an audited {@link TicketConfigurationChanged}. Codes and
 * parents are fixed once a category exists; edits carry the version they started from and lose with a
 * "changed by someone else" conflict when it is stale.
 */
@Service
@Transactional
@NamedInterface("search")
public class Categories {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private final CategoryRepository categories;
    private final UserDirectory directory;
    private final ApplicationEventPublisher events;

    Categories(CategoryRepository categories, UserDirectory directory, ApplicationEventPublisher events) {
        this.categories = categories;
        this.directory = directory;
        this.events = events;
    }

    /** What an administrator enters for a category; {@code parentId} and {@code code} count on create only. */
    public record Draft(
            @Nullable Long parentId,
            @Nullable String code,
            @Nullable String nameEn,
            @Nullable String nameZh,
            @Nullable Long defaultGroupId,
            @Nullable TicketType defaultType,
            @Nullable String formHintEn,
            @Nullable String formHintZh,
            int sortOrder,
            boolean active) {}

    /** Every category, depth first, siblings by sort order. */
    @Transactional(readOnly = true)
    public List<CategoryView> tree() {
        return flatten(categories.findAllByOrderBySortOrderAscIdAsc(), false);
    }

    /** The categories a requester may choose: active ones below active parents only. */
    @Transactional(readOnly = true)
    public List<CategoryView> activeTree() {
        return flatten(categories.findAllByOrderBySortOrderAscIdAsc(), true);
    }

    @Transactional(readOnly = true)
    public CategoryView find(long id) {
        return categories.findById(id).map(c -> view(c, 0)).orElseThrow(Categories::notFound);
    }

    @Transactional(readOnly = true)
    public Optional<CategoryView> findByCode(String code) {
        return categories.findByCode(code).map(c -> view(c, 0));
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return categories.count() == 0;
    }

    public CategoryView create(Draft draft, Actor actor) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = draft.code() == null ? "" : draft.code().strip();
        if (!CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("code", "validation.code"));
        } else if (categories.existsByCode(code)) {
            problems.add(new FieldProblem("code", "error.taken", code));
        }
        if (draft.parentId() != null && !categories.existsById(draft.parentId())) {
            problems.add(new FieldProblem("parentId", "ticket.category.validation.parent"));
        }
        Checked checked = check(draft, problems);
        Category category = new Category(draft.parentId(), code, checked.nameEn, checked.nameZh, draft.sortOrder());
        describe(category, draft, checked);
        category = categories.saveAndFlush(category);
        publish(actor, "category.created", category);
        return view(category, 0);
    }

    public CategoryView update(long id, Draft draft, long expectedVersion, Actor actor) {
        Category category = categories.findById(id).orElseThrow(Categories::notFound);
        if (category.version() != expectedVersion) {
            throw TicketErrors.stale();
        }
        Checked checked = check(draft, new ArrayList<>());
        describe(category, draft, checked);
        categories.saveAndFlush(category);
        publish(actor, "category.updated", category);
        return view(category, 0);
    }

    /** Takes a category out of use: existing tickets keep it, new requests can no longer choose it. */
    public CategoryView deactivate(long id, long expectedVersion, Actor actor) {
        Category category = categories.findById(id).orElseThrow(Categories::notFound);
        if (category.version() != expectedVersion) {
            throw TicketErrors.stale();
        }
        category.describe(
                category.nameEn(),
                category.nameZh(),
                category.defaultGroupId(),
                category.defaultType(),
                category.formHint(Locale.ENGLISH),
                category.formHint(Locale.CHINESE),
                false,
                category.sortOrder());
        categories.saveAndFlush(category);
        publish(actor, "category.deactivated", category);
        return view(category, 0);
    }

    private record Checked(
            String nameEn,
            String nameZh,
            @Nullable String hintEn,
            @Nullable String hintZh) {}

    private Checked check(Draft draft, List<FieldProblem> problems) {
        String nameEn = required("nameEn", draft.nameEn(), 200, problems);
        String nameZh = required("nameZh", draft.nameZh(), 200, problems);
        String hintEn = optional("formHintEn", draft.formHintEn(), 1000, problems);
        String hintZh = optional("formHintZh", draft.formHintZh(), 1000, problems);
        if (draft.defaultGroupId() != null
                && directory.findGroup(draft.defaultGroupId()).isEmpty()) {
            problems.add(new FieldProblem("defaultGroupId", "ticket.validation.group"));
        }
        if (draft.sortOrder() < 0 || draft.sortOrder() > 100_000) {
            problems.add(new FieldProblem("sortOrder", "ticket.category.validation.sortOrder", 0, 100_000));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(Kind.INVALID, "validation", "error.validation", problems);
        }
        return new Checked(nameEn, nameZh, hintEn, hintZh);
    }

    private static void describe(Category category, Draft draft, Checked checked) {
        category.describe(
                checked.nameEn(),
                checked.nameZh(),
                draft.defaultGroupId(),
                draft.defaultType(),
                checked.hintEn(),
                checked.hintZh(),
                draft.active(),
                draft.sortOrder());
    }

    private static String required(String field, @Nullable String value, int max, List<FieldProblem> problems) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            problems.add(new FieldProblem(field, "validation.required"));
        } else if (v.length() > max) {
            problems.add(new FieldProblem(field, "validation.tooLong", max));
        }
        return v;
    }

    private static @Nullable String optional(
            String field, @Nullable String value, int max, List<FieldProblem> problems) {
        String v = value == null ? "" : value.strip();
        if (v.length() > max) {
            problems.add(new FieldProblem(field, "validation.tooLong", max));
        }
        return v.isEmpty() ? null : v;
    }

    private void publish(Actor actor, String action, Category category) {
        events.publishEvent(new TicketConfigurationChanged(
                actor.name(),
                actor.remoteAddress(),
                action,
                "category:" + category.id(),
                "code=" + category.code() + ", active=" + category.active() + ", group=" + category.defaultGroupId()
                        + ", type=" + category.defaultType()));
    }

    static List<CategoryView> flatten(List<Category> all, boolean activeOnly) {
        Map<Long, List<Category>> children = new HashMap<>();
        for (Category c : all) {
            children.computeIfAbsent(c.parentId() == null ? 0L : c.parentId(), k -> new ArrayList<>())
                    .add(c);
        }
        List<CategoryView> result = new ArrayList<>();
        walk(children, 0L, 0, activeOnly, result);
        return result;
    }

    private static void walk(
            Map<Long, List<Category>> children, long parent, int depth, boolean activeOnly, List<CategoryView> out) {
        for (Category c : children.getOrDefault(parent, List.of())) {
            if (activeOnly && !c.active()) {
                continue;
            }
            out.add(view(c, depth));
            walk(children, c.id(), depth + 1, activeOnly, out);
        }
    }

    static CategoryView view(Category c, int depth) {
        return new CategoryView(
                c.id(),
                c.parentId(),
                c.code(),
                c.nameEn(),
                c.nameZh(),
                c.defaultGroupId(),
                c.defaultType(),
                c.formHint(Locale.ENGLISH),
                c.formHint(Locale.CHINESE),
                c.active(),
                c.sortOrder(),
                depth,
                c.version());
    }

    static DomainException notFound() {
        return new DomainException(Kind.NOT_FOUND, "category-not-found", "ticket.error.categoryNotFound");
    }
}
