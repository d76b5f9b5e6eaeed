package dev.keel.cmdb.web;

import dev.keel.cmdb.domain.CiClass;
import dev.keel.cmdb.domain.CiDraft;
import dev.keel.cmdb.domain.ClassAttribute;
import dev.keel.cmdb.domain.ConfigurationItem;
import dev.keel.shared.TextInput;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The CI form as posted: plain fields by name, attribute values as {@code attr.<code>}. Numbers that do
 * not parse are kept as text so that the form can show them again with an error.
 */
public record CiForm(
        String classCode,
        String name,
        String status,
        String environment,
        String criticality,
        String ownerId,
        String supportGroupId,
        String organisationId,
        String location,
        String minHealthyMembers,
        Map<String, String> attributes,
        @Nullable Long version) {

    static final String ATTR = "attr.";

    static CiForm empty(String classCode) {
        return new CiForm(classCode, "", "PLANNED", "PRODUCTION", "MEDIUM", "", "", "", "", "", Map.of(), null);
    }

    static CiForm of(ConfigurationItem ci, CiClass ciClass) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (ClassAttribute a : ciClass.attributes()) {
            String v = ci.attributes().get(a.id());
            if (v != null) {
                attributes.put(a.code(), v);
            }
        }
        return new CiForm(
                ciClass.code(),
                ci.name(),
                ci.status().name(),
                ci.environment().name(),
                ci.criticality().name(),
                text(ci.ownerId()),
                text(ci.supportGroupId()),
                text(ci.organisationId()),
                ci.location(),
                text(ci.minHealthyMembers()),
                attributes,
                ci.version());
    }

    static CiForm from(MultiValueMap<String, String> params) {
        Map<String, String> attributes = new LinkedHashMap<>();
        params.forEach((key, values) -> {
            if (key.startsWith(ATTR) && !values.isEmpty()) {
                String code = key.substring(ATTR.length());
                attributes.put(code, cleaned(code, values.get(0)));
            }
        });
        String version = value(params, "version");
        return new CiForm(
                value(params, "classCode"),
                value(params, "name"),
                value(params, "status"),
                value(params, "environment"),
                value(params, "criticality"),
                value(params, "ownerId"),
                value(params, "supportGroupId"),
                value(params, "organisationId"),
                value(params, "location"),
                value(params, "minHealthyMembers"),
                attributes,
                version.matches("\\d{1,18}") ? Long.valueOf(version) : null);
    }

    /** The draft the domain checks; ids that are not numbers become a field error there. */
    CiDraft draft() {
        return new CiDraft(
                classCode,
                name,
                status,
                environment,
                criticality,
                id(ownerId),
                id(supportGroupId),
                id(organisationId),
                location,
                minHealthy(),
                attributes);
    }

    boolean badNumber(String field) {
        String raw = switch (field) {
            case "ownerId" -> ownerId;
            case "supportGroupId" -> supportGroupId;
            case "organisationId" -> organisationId;
            default -> minHealthyMembers;
        };
        return !raw.isBlank() && !raw.strip().matches("\\d{1,9}");
    }

    public String attribute(String code) {
        return attributes.getOrDefault(code, "");
    }

    private @Nullable Integer minHealthy() {
        return minHealthyMembers.strip().matches("\\d{1,9}") ? Integer.valueOf(minHealthyMembers.strip()) : null;
    }

    private static @Nullable Long id(String raw) {
        return raw.strip().matches("\\d{1,18}") ? Long.valueOf(raw.strip()) : null;
    }

    private static String value(MultiValueMap<String, String> params, String key) {
        return cleaned(key, params.getFirst(key));
    }

    /** Form text cleaned like every other form field ({@link TextInput}); the map bypasses that binding. */
    private static String cleaned(String field, @Nullable String raw) {
        String v = TextInput.forField(field, false, raw);
        return v == null ? "" : v;
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }
}
