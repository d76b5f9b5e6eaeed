package dev.keel.cmdb.domain;

import dev.keel.identity.UserDirectory;
import dev.keel.shared.DomainException.FieldProblem;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Checks raw attribute values (by attribute code) against a CI class: unknown attributes, missing
 * required ones, values of the wrong type and duplicates of unique ones become field problems named
 * {@code attributes.<code>}; good values come back normalised and keyed by attribute id.
 */
@Component
public class AttributeValues {

    static final int MAX_VALUE = 2000;
    private static final Pattern IPV4 =
            Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:]{2,39}");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    private final UserDirectory directory;
    private final JdbcTemplate jdbc;

    AttributeValues(UserDirectory directory, JdbcTemplate jdbc) {
        this.directory = directory;
        this.jdbc = jdbc;
    }

    /** The normalised values, keyed by attribute id; problems are added to {@code problems}. */
    Map<Long, String> check(
            CiClass ciClass, Map<String, String> raw, @Nullable Long ciId, List<FieldProblem> problems) {
        Map<Long, String> values = new HashMap<>();
        for (String code : raw.keySet()) {
            if (ciClass.attribute(code).isEmpty()) {
                problems.add(new FieldProblem("attributes." + code, "cmdb.validation.attribute.unknown", code));
            }
        }
        for (ClassAttribute attribute : ciClass.attributes()) {
            String field = "attributes." + attribute.code();
            String value = raw.get(attribute.code());
            value = value == null ? "" : value.strip();
            if (value.isEmpty()) {
                if (attribute.required()) {
                    problems.add(new FieldProblem(field, "cmdb.validation.required"));
                }
                continue;
            }
            Optional<String> normalised = value.length() > MAX_VALUE ? Optional.empty() : normalise(attribute, value);
            if (normalised.isEmpty()) {
                problems.add(new FieldProblem(
                        field,
                        "cmdb.validation.attribute." + attribute.kind().name().toLowerCase(java.util.Locale.ROOT),
                        String.join(", ", attribute.choices())));
                continue;
            }
            if (attribute.unique() && taken(attribute.id(), normalised.get(), ciId)) {
                problems.add(new FieldProblem(field, "cmdb.validation.attribute.duplicate", normalised.get()));
                continue;
            }
            values.put(attribute.id(), normalised.get());
        }
        return values;
    }

    private Optional<String> normalise(ClassAttribute attribute, String value) {
        return switch (attribute.kind()) {
            case TEXT -> Optional.of(value);
            case NUMBER -> number(value);
            case DATE -> date(value);
            case CHOICE -> attribute.choices().contains(value) ? Optional.of(value) : Optional.empty();
            case USER ->
                id(value).filter(id -> directory.findUser(id).isPresent()).map(String::valueOf);
            case GROUP ->
                id(value).filter(id -> directory.findGroup(id).isPresent()).map(String::valueOf);
            case CI -> id(value).filter(this::ciExists).map(String::valueOf);
            case IP -> ip(value);
            case URL -> url(value);
        };
    }

    static Optional<String> number(String value) {
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000_000L)) > 0) {
                return Optional.empty();
            }
            return Optional.of(number.stripTrailingZeros().toPlainString());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<String> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value).toString());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<String> ip(String value) {
        if (IPV4.matcher(value).matches()) {
            return Optional.of(value);
        }
        if (value.contains(":") && IPV6.matcher(value).matches()) {
            try {
                return Optional.of(java.net.InetAddress.getByName(value).getHostAddress());
            } catch (java.net.UnknownHostException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    static Optional<String> url(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null) {
                return Optional.empty();
            }
            String lower = scheme.toLowerCase(java.util.Locale.ROOT);
            return List.of("http", "https", "ftp", "smb", "file").contains(lower)
                    ? Optional.of(value)
                    : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> id(String value) {
        return DIGITS.matcher(value).matches() ? Optional.of(Long.parseLong(value)) : Optional.empty();
    }

    private boolean ciExists(long id) {
        Integer n = jdbc.queryForObject("select count(*) from cmdb_ci where id = ?", Integer.class, id);
        return n != null && n > 0;
    }

    private boolean taken(long attributeId, String value, @Nullable Long ciId) {
        Integer n = jdbc.queryForObject(
                "select count(*) from cmdb_ci_attribute where attribute_id = ? and attr_value = ? and ci_id <> ?",
                Integer.class,
                attributeId,
                value,
                ciId == null ? -1L : ciId);
        return n != null && n > 0;
    }
}
