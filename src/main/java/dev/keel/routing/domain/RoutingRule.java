package dev.keel.routing.domain;

import dev.keel.ticket.Channel;
import dev.keel.ticket.TicketView;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One routing rule: conditions on a new ticket and the group it goes to when they all hold. Keywords
 * match case-insensitively anywhere in the title or description, so Chinese words work without
 * word splitting.
 */
@Entity
@Table(name = "routing_rule")
public class RoutingRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private int position;
    private String name;
    private @Nullable Long categoryId;
    private @Nullable Long organisationId;

    @Enumerated(EnumType.STRING)
    private @Nullable Channel channel;

    private @Nullable String keywords;
    private long targetGroupId;
    private boolean active;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected RoutingRule() {}

    RoutingRule(int position, Content content) {
        this.position = position;
        change(content);
    }

    /** Validated rule content; keywords already normalised (trimmed, comma-separated, no empties). */
    record Content(
            String name,
            @Nullable Long categoryId,
            @Nullable Long organisationId,
            @Nullable Channel channel,
            String keywords,
            long targetGroupId,
            boolean active) {}

    void change(Content content) {
        this.name = content.name();
        this.categoryId = content.categoryId();
        this.organisationId = content.organisationId();
        this.channel = content.channel();
        this.keywords = content.keywords().isEmpty() ? null : content.keywords();
        this.targetGroupId = content.targetGroupId();
        this.active = content.active();
    }

    /** True when the rule is active and every condition it has holds for the ticket. */
    public boolean matches(TicketView ticket) {
        if (!active) {
            return false;
        }
        if (categoryId != null && !categoryId.equals(ticket.categoryId())) {
            return false;
        }
        if (organisationId != null && !organisationId.equals(ticket.organisationId())) {
            return false;
        }
        if (channel != null && channel != ticket.channel()) {
            return false;
        }
        List<String> words = keywordList(keywords);
        if (words.isEmpty()) {
            return true;
        }
        String text = (ticket.title() + "\n" + ticket.description()).toLowerCase(Locale.ROOT);
        return words.stream().anyMatch(w -> text.contains(w.toLowerCase(Locale.ROOT)));
    }

    /** Splits on ASCII and full-width commas, trims, and drops empty entries. */
    static List<String> keywordList(@Nullable String keywords) {
        if (keywords == null) {
            return List.of();
        }
        return Arrays.stream(keywords.split("[,，、]"))
                .map(String::strip)
                .filter(w -> !w.isEmpty())
                .distinct()
                .toList();
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public long id() {
        return Objects.requireNonNull(id, "rule not saved yet");
    }

    public int position() {
        return position;
    }

    public long targetGroupId() {
        return targetGroupId;
    }

    public long version() {
        return version;
    }

    public RoutingRuleView view() {
        return new RoutingRuleView(
                id(),
                position,
                name,
                categoryId,
                organisationId,
                channel,
                keywords == null ? "" : keywords,
                targetGroupId,
                active,
                version);
    }
}
