package dev.keel.cmdb.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A kind of directed relation with a name for each direction in both languages; {@code acyclic} types
 * refuse a relation that would close a cycle, and {@code propagation} says how a failure travels.
 */
@Entity
@Table(name = "cmdb_relation_type")
public class RelationType {

    /** How a failure travels along a relation {@code source → target}. */
    public enum Propagation {
        /** The source needs the target: when the target fails, the source is affected. */
        TO_SOURCE,
        /** The source is a member of the target cluster, which survives while enough members are healthy. */
        CLUSTER,
        /** Failures do not travel. */
        NONE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String code;
    private String outgoingEn;
    private String outgoingZh;
    private String incomingEn;
    private String incomingZh;
    private boolean acyclic;

    @Enumerated(EnumType.STRING)
    private Propagation propagation;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected RelationType() {}

    RelationType(String code, Texts outgoing, Texts incoming, boolean acyclic, Propagation propagation) {
        this.code = code;
        change(outgoing, incoming, acyclic, propagation);
    }

    public long id() {
        return Objects.requireNonNull(id, "relation type not saved yet");
    }

    public String code() {
        return code;
    }

    public String outgoingEn() {
        return outgoingEn;
    }

    public String outgoingZh() {
        return outgoingZh;
    }

    public String incomingEn() {
        return incomingEn;
    }

    public String incomingZh() {
        return incomingZh;
    }

    public boolean acyclic() {
        return acyclic;
    }

    public Propagation propagation() {
        return propagation;
    }

    public long version() {
        return version;
    }

    public String outgoing(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? outgoingZh : outgoingEn;
    }

    public String incoming(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? incomingZh : incomingEn;
    }

    /** Outgoing names are the {@code name*} of {@code outgoing}, incoming ones those of {@code incoming}. */
    void change(Texts outgoing, Texts incoming, boolean acyclic, Propagation propagation) {
        this.outgoingEn = outgoing.nameEn();
        this.outgoingZh = outgoing.nameZh();
        this.incomingEn = incoming.nameEn();
        this.incomingZh = incoming.nameZh();
        this.acyclic = acyclic;
        this.propagation = propagation;
    }
}
