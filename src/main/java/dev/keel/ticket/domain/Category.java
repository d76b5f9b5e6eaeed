package dev.keel.ticket.domain;

import dev.keel.ticket.TicketType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A node of the administrable category tree, with the group and type it suggests. */
@Entity
@Table(name = "ticket_category")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private @Nullable Long parentId;
    private String code;
    private String nameEn;
    private String nameZh;
    private @Nullable Long defaultGroupId;

    @Enumerated(EnumType.STRING)
    private @Nullable TicketType defaultType;

    private @Nullable String formHintEn;
    private @Nullable String formHintZh;
    private boolean active = true;
    private int sortOrder;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Category() {}

    Category(@Nullable Long parentId, String code, String nameEn, String nameZh, int sortOrder) {
        this.parentId = parentId;
        this.code = code;
        this.nameEn = nameEn;
        this.nameZh = nameZh;
        this.sortOrder = sortOrder;
    }

    void describe(
            String nameEn,
            String nameZh,
            @Nullable Long defaultGroupId,
            @Nullable TicketType defaultType,
            @Nullable String formHintEn,
            @Nullable String formHintZh,
            boolean active,
            int sortOrder) {
        this.nameEn = nameEn;
        this.nameZh = nameZh;
        this.defaultGroupId = defaultGroupId;
        this.defaultType = defaultType;
        this.formHintEn = formHintEn;
        this.formHintZh = formHintZh;
        this.active = active;
        this.sortOrder = sortOrder;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("category not saved yet");
        }
        return id;
    }

    public @Nullable Long parentId() {
        return parentId;
    }

    public String code() {
        return code;
    }

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public @Nullable String formHint(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? formHintZh : formHintEn;
    }

    public @Nullable Long defaultGroupId() {
        return defaultGroupId;
    }

    public @Nullable TicketType defaultType() {
        return defaultType;
    }

    public boolean active() {
        return active;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public long version() {
        return version;
    }
}
