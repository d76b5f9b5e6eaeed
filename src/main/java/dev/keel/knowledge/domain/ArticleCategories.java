package dev.keel.knowledge.domain;

import dev.keel.knowledge.KnowledgeCategoryChanged;
import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The article category tree (a few dozen nodes; read whole): reading it, and managing it (create,
 * rename, move, reorder, retire, restore) under the rules of {@link CategoryRules}. Every change is
 * published as an audited {@link KnowledgeCategoryChanged}.
 */
@Service
@Transactional
public class ArticleCategories {

    private final ArticleCategoryRepository categories;
    private final ApplicationEventPublisher events;

    ArticleCategories(ArticleCategoryRepository categories, ApplicationEventPublisher events) {
        this.categories = categories;
        this.events = events;
    }

    /**
     * A category with its depth in the tree, for pickers and the portal's tree. {@code active} is the
     * category's own flag; {@code usable} is false when it or an ancestor is retired.
     */
    public record Node(
            long id,
            @Nullable Long parentId,
            String name,
            int depth,
            String nameZh,
            String nameEn,
            int sortOrder,
            boolean active,
            boolean usable,
            long version) {}

    /** A new category, or the fields to change (null: keep); {@code toRoot} moves it to the top level. */
    public record Change(
            @Nullable String nameZh,
            @Nullable String nameEn,
            @Nullable Long parentId,
            boolean toRoot,
            @Nullable Integer sortOrder,
            @Nullable Boolean active) {}

    /**
     * Saves at once, so that a sibling with the same name created concurrently (past the check in
     * {@link CategoryRules}) is refused by the database's unique keys as a field error, not a 500.
     */
    private KnowledgeCategory saveChecked(KnowledgeCategory category) {
        try {
            return categories.saveAndFlush(category);
        } catch (DataIntegrityViolationException e) {
            String cause = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
            String field = cause.contains("sibling_en") ? "nameEn" : "nameZh";
            throw DomainException.invalid(field, "knowledge.category.validation.duplicate");
        }
    }

    /** Used by the demo data: no checks, no audit. */
    public KnowledgeCategory create(@Nullable Long parentId, String nameEn, String nameZh, int sortOrder) {
        return categories.save(new KnowledgeCategory(parentId, nameEn, nameZh, sortOrder));
    }

    /** Creates a category under the tree's rules; audited. */
    public KnowledgeCategory create(Change change, Actor actor) {
        CategoryRules.requireBothNames(change.nameZh(), change.nameEn());
        String nameZh = CategoryRules.name(change.nameZh(), "nameZh");
        String nameEn = CategoryRules.name(change.nameEn(), "nameEn");
        int sortOrder = CategoryRules.sortOrder(change.sortOrder());
        Long parentId = change.toRoot() ? null : change.parentId();
        rules().checkPlacement(null, parentId, nameZh, nameEn);
        var category = saveChecked(new KnowledgeCategory(parentId, nameEn, nameZh, sortOrder));
        if (Boolean.FALSE.equals(change.active())) {
            category.activate(false);
        }
        audit("knowledge.category.created", category, actor, details(category));
        return category;
    }

    /** Changes a category; {@code expectedVersion} must be the version read, else 409. Audited. */
    public KnowledgeCategory update(long id, Change change, @Nullable Long expectedVersion, Actor actor) {
        var category = categories.findById(id).orElseThrow(ArticleCategories::notFound);
        if (expectedVersion == null) {
            throw DomainException.invalid("version", "knowledge.validation.version");
        }
        if (expectedVersion != category.version()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "stale", "knowledge.category.error.stale");
        }
        String nameZh = change.nameZh() == null ? category.nameZh() : CategoryRules.name(change.nameZh(), "nameZh");
        String nameEn = change.nameEn() == null ? category.nameEn() : CategoryRules.name(change.nameEn(), "nameEn");
        int sortOrder = change.sortOrder() == null ? category.sortOrder() : CategoryRules.sortOrder(change.sortOrder());
        Long parentId = change.toRoot() ? null : change.parentId() == null ? category.parentId() : change.parentId();
        boolean moved = !java.util.Objects.equals(parentId, category.parentId());
        if (moved || !nameZh.equals(category.nameZh()) || !nameEn.equals(category.nameEn())) {
            CategoryRules rules = rules();
            if (!moved) {
                rules.checkSiblings(id, parentId, nameZh, nameEn);
            } else {
                rules.checkPlacement(id, parentId, nameZh, nameEn);
            }
        }
        List<String> what = new ArrayList<>();
        if (!nameZh.equals(category.nameZh()) || !nameEn.equals(category.nameEn())) {
            what.add("renamed");
        }
        if (moved) {
            what.add("moved from " + category.parentId() + " to " + parentId);
        }
        if (sortOrder != category.sortOrder()) {
            what.add("sortOrder " + category.sortOrder() + " -> " + sortOrder);
        }
        category.rename(nameZh, nameEn);
        category.moveTo(parentId);
        category.reorder(sortOrder);
        String action = "knowledge.category.changed";
        if (change.active() != null && change.active() != category.active()) {
            category.activate(change.active());
            action = change.active() ? "knowledge.category.restored" : "knowledge.category.retired";
            what.add(change.active() ? "restored" : "retired");
        }
        var saved = saveChecked(category);
        if (!what.isEmpty()) {
            audit(action, saved, actor, String.join("; ", what) + "; " + details(saved));
        }
        return saved;
    }

    /**
     * Moves a category one place up ({@code -1}) or down ({@code +1}) among its siblings: the siblings
     * are numbered 10, 20, 30… in their current order with the two swapped. Audited; a no-op at either end.
     */
    public void shift(long id, int step, Actor actor) {
        var category = categories.findById(id).orElseThrow(ArticleCategories::notFound);
        List<KnowledgeCategory> siblings = new ArrayList<>(categories.findAllByOrderBySortOrderAscIdAsc().stream()
                .filter(c -> java.util.Objects.equals(c.parentId(), category.parentId()))
                .toList());
        int index = siblings.indexOf(category);
        int other = index + (step < 0 ? -1 : 1);
        if (index < 0 || other < 0 || other >= siblings.size()) {
            return;
        }
        java.util.Collections.swap(siblings, index, other);
        if ((siblings.size() + 1) * 10 > CategoryRules.MAX_SORT) {
            throw DomainException.invalid(
                    "sortOrder", "knowledge.category.validation.sortOrder", CategoryRules.MAX_SORT);
        }
        for (int i = 0; i < siblings.size(); i++) {
            siblings.get(i).reorder((i + 1) * 10);
        }
        categories.saveAllAndFlush(siblings);
        audit("knowledge.category.reordered", category, actor, (step < 0 ? "up" : "down") + "; " + details(category));
    }

    /** One category, for the edit form. */
    @Transactional(readOnly = true)
    public KnowledgeCategory find(long id) {
        return categories.findById(id).orElseThrow(ArticleCategories::notFound);
    }

    /** The whole tree, retired categories included, depth-first, names in the reader's language. */
    @Transactional(readOnly = true)
    public List<Node> tree(Locale locale) {
        List<KnowledgeCategory> all = categories.findAllByOrderBySortOrderAscIdAsc();
        CategoryRules rules =
                new CategoryRules(all.stream().map(ArticleCategories::item).toList());
        Map<Long, List<KnowledgeCategory>> children = all.stream()
                .filter(c -> c.parentId() != null)
                .collect(Collectors.groupingBy(KnowledgeCategory::parentId));
        List<Node> result = new ArrayList<>();
        all.stream().filter(c -> c.parentId() == null).forEach(c -> walk(c, 0, children, rules, locale, result));
        return result;
    }

    /** The categories new articles may use and the portal shows: active, under active parents. */
    @Transactional(readOnly = true)
    public List<Node> usableTree(Locale locale) {
        return tree(locale).stream().filter(Node::usable).toList();
    }

    /** Whether a new article may be filed under this category (it and its ancestors active). */
    @Transactional(readOnly = true)
    public boolean usable(long id) {
        return rules().usable(id);
    }

    @Transactional(readOnly = true)
    public boolean exists(long id) {
        return categories.existsById(id);
    }

    @Transactional(readOnly = true)
    public String name(@Nullable Long id, Locale locale) {
        if (id == null) {
            return "";
        }
        return categories.findById(id).map(c -> c.name(locale)).orElse("");
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return categories.count() == 0;
    }

    private CategoryRules rules() {
        return new CategoryRules(
                categories.findAll().stream().map(ArticleCategories::item).toList());
    }

    private static CategoryRules.Item item(KnowledgeCategory c) {
        return new CategoryRules.Item(c.id(), c.parentId(), c.nameZh(), c.nameEn(), c.active());
    }

    private void audit(String action, KnowledgeCategory category, Actor actor, String details) {
        events.publishEvent(new KnowledgeCategoryChanged(
                action, actor.name(), actor.remoteAddress(), "knowledge-category:" + category.id(), details));
    }

    private static String details(KnowledgeCategory c) {
        return "nameZh=" + c.nameZh() + ", nameEn=" + c.nameEn() + ", parent=" + c.parentId() + ", sortOrder="
                + c.sortOrder() + ", active=" + c.active();
    }

    private static DomainException notFound() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "not-found", "knowledge.category.error.notFound");
    }

    private static void walk(
            KnowledgeCategory c,
            int depth,
            Map<Long, List<KnowledgeCategory>> children,
            CategoryRules rules,
            Locale locale,
            List<Node> out) {
        out.add(new Node(
                c.id(),
                c.parentId(),
                c.name(locale),
                depth,
                c.nameZh(),
                c.nameEn(),
                c.sortOrder(),
                c.active(),
                rules.usable(c.id()),
                c.version()));
        if (depth < 10) {
            children.getOrDefault(c.id(), List.of())
                    .forEach(child -> walk(child, depth + 1, children, rules, locale, out));
        }
    }
}
