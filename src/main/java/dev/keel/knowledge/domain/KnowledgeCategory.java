package dev.keel.knowledge.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A node of the article category tree, named in both languages. */
@Entity
@Table(name = "knowledge_category")
public class KnowledgeCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private @Nullable Long parentId;
    private String nameEn;
    private String nameZh;
    private int sortOrder;
    private boolean active = true;

    // The table also holds comparison keys for siblings (parent, names trimmed and lower-cased), which the
    // database computes from the row and holds unique per parent (V2026120690): the same rule as
    // CategoryRules' sibling check, so that two concurrent creations cannot both pass it.

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected KnowledgeCategory() {}

    KnowledgeCategory(@Nullable Long parentId, String nameEn, String nameZh, int sortOrder) {
        this.parentId = parentId;
        this.nameEn = nameEn;
        this.nameZh = nameZh;
        this.sortOrder = sortOrder;
    }

    public long id() {
        return Objects.requireNonNull(id, "category not saved yet");
    }

    public @Nullable Long parentId() {
        return parentId;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }

    void rename(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    void moveTo(@Nullable Long parentId) {
        this.parentId = parentId;
    }

    void reorder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    void activate(boolean active) {
        this.active = active;
    }

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
