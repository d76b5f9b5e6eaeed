package dev.keel.knowledge.domain;

import dev.keel.shared.DomainException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the category tree, free of persistence so they can be checked alone: names in both
 * languages (required, trimmed, at most {@value #MAX_NAME} characters, unique among siblings), at most
 * {@value #MAX_DEPTH} levels, no cycles, a sort order between 0 and {@value #MAX_SORT}.
 */
final class CategoryRules {

    static final int MAX_NAME = 100;
    static final int MAX_DEPTH = 4;
    static final int MAX_SORT = 9999;

    /** What the rules need to know of a category already in the tree. */
    record Item(long id, @Nullable Long parentId, String nameZh, String nameEn, boolean active) {}

    private final Map<Long, Item> items = new HashMap<>();

    CategoryRules(List<Item> all) {
        all.forEach(i -> items.put(i.id(), i));
    }

    static String name(@Nullable String raw, String field) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw DomainException.invalid(field, "knowledge.category.validation.name");
        }
        if (name.length() > MAX_NAME) {
            throw DomainException.invalid(field, "knowledge.validation.tooLong", MAX_NAME);
        }
        return name;
    }

    /** Reports every missing name of a new category at once (both fields), not only the first. */
    static void requireBothNames(@Nullable String nameZh, @Nullable String nameEn) {
        List<DomainException.FieldProblem> problems = new ArrayList<>();
        if (nameZh == null || nameZh.isBlank()) {
            problems.add(new DomainException.FieldProblem("nameZh", "knowledge.category.validation.name"));
        }
        if (nameEn == null || nameEn.isBlank()) {
            problems.add(new DomainException.FieldProblem("nameEn", "knowledge.category.validation.name"));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "validation", "error.validation", problems);
        }
    }

    static int sortOrder(@Nullable Integer raw) {
        int value = raw == null ? 0 : raw;
        if (value < 0 || value > MAX_SORT) {
            throw DomainException.invalid("sortOrder", "knowledge.category.validation.sortOrder", MAX_SORT);
        }
        return value;
    }

    /**
     * Checks that category {@code id} (null when new) may sit under {@code parentId} with these names:
     * the parent exists and is active, no cycle, the depth limit holds for its whole subtree, and no
     * sibling has the same name in either language.
     */
    void checkPlacement(@Nullable Long id, @Nullable Long parentId, String nameZh, String nameEn) {
        if (parentId != null) {
            Item parent = items.get(parentId);
            if (parent == null) {
                throw DomainException.invalid("parentId", "knowledge.category.validation.parent");
            }
            if (id != null && (parentId.equals(id) || ancestors(parentId).contains(id))) {
                throw new DomainException(
                        DomainException.Kind.INVALID,
                        "cycle",
                        "error.validation",
                        List.of(new DomainException.FieldProblem("parentId", "knowledge.category.validation.cycle")));
            }
            if (!usable(parentId)) {
                throw DomainException.invalid("parentId", "knowledge.category.validation.parentRetired");
            }
        }
        int level = parentId == null ? 1 : ancestors(parentId).size() + 2;
        int height = id == null ? 1 : height(id);
        if (level + height - 1 > MAX_DEPTH) {
            throw DomainException.invalid("parentId", "knowledge.category.validation.depth", MAX_DEPTH);
        }
        checkSiblings(id, parentId, nameZh, nameEn);
    }

    /** No sibling of category {@code id} (null when new) under {@code parentId} has either name. */
    void checkSiblings(@Nullable Long id, @Nullable Long parentId, String nameZh, String nameEn) {
        for (Item sibling : items.values()) {
            if (Objects.equals(sibling.parentId(), parentId) && (id == null || sibling.id() != id)) {
                if (same(sibling.nameZh(), nameZh)) {
                    throw DomainException.invalid("nameZh", "knowledge.category.validation.duplicate");
                }
                if (same(sibling.nameEn(), nameEn)) {
                    throw DomainException.invalid("nameEn", "knowledge.category.validation.duplicate");
                }
            }
        }
    }

    /** Whether the category and every ancestor is active (retiring a category hides its subtree). */
    boolean usable(long id) {
        Item item = items.get(id);
        if (item == null || !item.active()) {
            return false;
        }
        for (long ancestor : ancestors(id)) {
            Item a = items.get(ancestor);
            if (a == null || !a.active()) {
                return false;
            }
        }
        return true;
    }

    /** The ids above {@code id}, nearest first (stops on a broken or cyclic chain). */
    List<Long> ancestors(long id) {
        List<Long> result = new ArrayList<>();
        Item current = items.get(id);
        while (current != null && current.parentId() != null && result.size() <= items.size()) {
            if (result.contains(current.parentId()) || current.parentId() == id) {
                break;
            }
            result.add(current.parentId());
            current = items.get(current.parentId());
        }
        return result;
    }

    /** Levels in the subtree rooted at {@code id}, counting itself. */
    int height(long id) {
        return height(id, 0);
    }

    private int height(long id, int guard) {
        if (guard > MAX_DEPTH * 4) {
            return guard;
        }
        int max = 0;
        for (Item child : items.values()) {
            if (child.parentId() != null && child.parentId() == id) {
                max = Math.max(max, height(child.id(), guard + 1));
            }
        }
        return max + 1;
    }

    private static boolean same(String a, String b) {
        return siblingKey(a).equals(siblingKey(b));
    }

    /** What two sibling names are compared by: trimmed and lower-cased. */
    static String siblingKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
