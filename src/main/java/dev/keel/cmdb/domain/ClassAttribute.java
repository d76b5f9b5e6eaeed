package dev.keel.cmdb.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One typed attribute of a CI class. Its code and type never change once created. */
@Entity
@Table(name = "cmdb_attribute")
public class ClassAttribute {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String code;
    private String nameEn;
    private String nameZh;
    private String helpEn = "";
    private String helpZh = "";

    @Enumerated(EnumType.STRING)
    private AttributeKind kind;

    private boolean required;
    private boolean uniqueValue;
    private String choices = "";
    private int sortOrder;

    @SuppressWarnings("NullAway.Init")
    protected ClassAttribute() {}

    ClassAttribute(
            String code,
            AttributeKind kind,
            Texts texts,
            boolean required,
            boolean unique,
            List<String> choices,
            int sortOrder) {
        this.code = code;
        this.kind = kind;
        this.sortOrder = sortOrder;
        change(texts, required, unique, choices);
    }

    public long id() {
        return Objects.requireNonNull(id, "attribute not saved yet");
    }

    public String code() {
        return code;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String helpEn() {
        return helpEn;
    }

    public String helpZh() {
        return helpZh;
    }

    public AttributeKind kind() {
        return kind;
    }

    public boolean required() {
        return required;
    }

    public boolean unique() {
        return uniqueValue;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public List<String> choices() {
        return choices.isBlank() ? List.of() : Arrays.asList(choices.split(","));
    }

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public String help(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? helpZh : helpEn;
    }

    void change(Texts texts, boolean required, boolean unique, List<String> choices) {
        this.nameEn = texts.nameEn();
        this.nameZh = texts.nameZh();
        this.helpEn = texts.helpEn();
        this.helpZh = texts.helpZh();
        this.required = required;
        this.uniqueValue = unique;
        this.choices = String.join(",", choices);
    }
}
