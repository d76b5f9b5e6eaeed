package dev.keel.cmdb.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A kind of configuration item (server, database, business service…) with its typed attributes. */
@Entity
@Table(name = "cmdb_class")
public class CiClass {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String code;
    private String nameEn;
    private String nameZh;
    private String helpEn = "";
    private String helpZh = "";
    private boolean active = true;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "class_id", nullable = false)
    @OrderBy("sortOrder, id")
    private List<ClassAttribute> attributes = new ArrayList<>();

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected CiClass() {}

    CiClass(String code, Texts names) {
        this.code = code;
        rename(names);
    }

    public long id() {
        return Objects.requireNonNull(id, "class not saved yet");
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

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }

    public List<ClassAttribute> attributes() {
        return List.copyOf(attributes);
    }

    public Optional<ClassAttribute> attribute(String code) {
        return attributes.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    void rename(Texts names) {
        this.nameEn = names.nameEn();
        this.nameZh = names.nameZh();
        this.helpEn = names.helpEn();
        this.helpZh = names.helpZh();
    }

    void activate(boolean active) {
        this.active = active;
    }

    void add(ClassAttribute attribute) {
        attributes.add(attribute);
    }
}
