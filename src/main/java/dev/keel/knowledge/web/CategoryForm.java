package dev.keel.knowledge.web;

import dev.keel.knowledge.domain.ArticleCategories;
import dev.keel.knowledge.domain.KnowledgeCategory;
import org.jspecify.annotations.Nullable;

/** The category form: both names, the parent (empty: top level), the sort order and the version read. */
record CategoryForm(
        @Nullable String nameZh,
        @Nullable String nameEn,
        @Nullable Long parentId,
        @Nullable Integer sortOrder,
        @Nullable Long version) {

    static CategoryForm empty(@Nullable Long parentId) {
        return new CategoryForm("", "", parentId, 0, null);
    }

    static CategoryForm of(KnowledgeCategory c) {
        return new CategoryForm(c.nameZh(), c.nameEn(), c.parentId(), c.sortOrder(), c.version());
    }

    ArticleCategories.Change change() {
        return new ArticleCategories.Change(nameZh, nameEn, parentId, parentId == null, sortOrder, null);
    }
}
