package dev.keel.knowledge.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The article category tree (a few dozen nodes; read whole). */
@Service
@Transactional
public class ArticleCategories {

    private final ArticleCategoryRepository categories;

    ArticleCategories(ArticleCategoryRepository categories) {
        this.categories = categories;
    }

    /** A category with its depth in the tree, for pickers and the portal's tree. */
    public record Node(long id, @Nullable Long parentId, String name, int depth) {}

    public KnowledgeCategory create(@Nullable Long parentId, String nameEn, String nameZh, int sortOrder) {
        return categories.save(new KnowledgeCategory(parentId, nameEn, nameZh, sortOrder));
    }

    /** The whole tree, depth-first, names in the reader's language. */
    @Transactional(readOnly = true)
    public List<Node> tree(Locale locale) {
        List<KnowledgeCategory> all = categories.findAllByOrderBySortOrderAscIdAsc();
        Map<Long, List<KnowledgeCategory>> children = all.stream()
                .filter(c -> c.parentId() != null)
                .collect(Collectors.groupingBy(KnowledgeCategory::parentId));
        List<Node> result = new ArrayList<>();
        all.stream().filter(c -> c.parentId() == null).forEach(c -> walk(c, 0, children, locale, result));
        return result;
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

    private static void walk(
            KnowledgeCategory c,
            int depth,
            Map<Long, List<KnowledgeCategory>> children,
            Locale locale,
            List<Node> out) {
        out.add(new Node(c.id(), c.parentId(), c.name(locale), depth));
        if (depth < 10) {
            children.getOrDefault(c.id(), List.of()).forEach(child -> walk(child, depth + 1, children, locale, out));
        }
    }
}
