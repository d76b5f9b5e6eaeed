package dev.keel.cmdb.domain;

import dev.keel.cmdb.CiStatus;
import dev.keel.identity.UserDirectory;
import dev.keel.shared.DomainException.FieldProblem;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A configuration item as a user or a file sent it: every field raw and possibly wrong. {@code classCode}
 * names the class; absent enum fields take their defaults (planned, production, medium).
 */
public record CiDraft(
        @Nullable String classCode,
        @Nullable String name,
        @Nullable String status,
        @Nullable String environment,
        @Nullable String criticality,
        @Nullable Long ownerId,
        @Nullable Long supportGroupId,
        @Nullable Long organisationId,
        @Nullable String location,
        @Nullable Integer minHealthyMembers,
        @Nullable Map<String, String> attributes) {

    static final int MAX_NAME = 200;

    Map<String, String> attributeValues() {
        return attributes == null ? Map.of() : attributes;
    }

    /** The plain fields, checked; problems are added to {@code problems} (the result is then unusable). */
    CiFields fields(UserDirectory directory, List<FieldProblem> problems) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            problems.add(new FieldProblem("name", "cmdb.validation.required"));
        } else if (n.length() > MAX_NAME) {
            problems.add(new FieldProblem("name", "cmdb.validation.tooLong", MAX_NAME));
        }
        String loc = location == null ? "" : location.strip();
        if (loc.length() > MAX_NAME) {
            problems.add(new FieldProblem("location", "cmdb.validation.tooLong", MAX_NAME));
        }
        if (ownerId != null && directory.findUser(ownerId).isEmpty()) {
            problems.add(new FieldProblem("ownerId", "cmdb.validation.owner"));
        }
        if (supportGroupId != null && directory.findGroup(supportGroupId).isEmpty()) {
            problems.add(new FieldProblem("supportGroupId", "cmdb.validation.group"));
        }
        if (organisationId != null && directory.findOrganisation(organisationId).isEmpty()) {
            problems.add(new FieldProblem("organisationId", "cmdb.validation.organisation"));
        }
        if (minHealthyMembers != null && (minHealthyMembers < 1 || minHealthyMembers > 1000)) {
            problems.add(new FieldProblem("minHealthyMembers", "cmdb.validation.minHealthy"));
        }
        return new CiFields(
                n,
                parse(CiStatus.class, status, CiStatus.PLANNED, "status", problems),
                parse(CiEnvironment.class, environment, CiEnvironment.PRODUCTION, "environment", problems),
                parse(Criticality.class, criticality, Criticality.MEDIUM, "criticality", problems),
                ownerId,
                supportGroupId,
                organisationId,
                loc,
                minHealthyMembers);
    }

    static <E extends Enum<E>> E parse(
            Class<E> type, @Nullable String raw, E fallback, String field, List<FieldProblem> problems) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "cmdb.validation." + field));
            return fallback;
        }
    }
}
