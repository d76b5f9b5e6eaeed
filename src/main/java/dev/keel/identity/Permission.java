package dev.keel.identity;

/**
 * A single thing a role allows. The authority string is what Spring Security checks, e.g.
 * {@code hasAuthority('admin:users')}.
 */
public enum Permission {
    PORTAL_USE("portal:use"),
    WORKSPACE_USE("workspace:use"),
    TEAM_LEAD("team:lead"),
    PROBLEM_MANAGE("problem:manage"),
    CHANGE_MANAGE("change:manage"),
    CHANGE_APPROVE("change:approve"),
    MAJOR_INCIDENT_MANAGE("major:manage"),
    REPORTS_READ("reports:read"),
    AUDIT_READ("audit:read"),
    ADMIN_USERS("admin:users"),
    ADMIN_CONFIG("admin:config"),
    KNOWLEDGE_WRITE("knowledge:write"),
    KNOWLEDGE_REVIEW("knowledge:review");

    private final String authority;

    Permission(String authority) {
        this.authority = authority;
    }

    public String authority() {
        return authority;
    }

    /** Permissions that only a token with the {@code admin} scope may carry. */
    public boolean isAdministrative() {
        return this == ADMIN_USERS || this == ADMIN_CONFIG;
    }
}
