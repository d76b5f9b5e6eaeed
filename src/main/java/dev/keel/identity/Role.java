package dev.keel.identity;

import static dev.keel.identity.Permission.ADMIN_CONFIG;
import static dev.keel.identity.Permission.ADMIN_USERS;
import static dev.keel.identity.Permission.AUDIT_READ;
import static dev.keel.identity.Permission.CHANGE_APPROVE;
import static dev.keel.identity.Permission.CHANGE_MANAGE;
import static dev.keel.identity.Permission.KNOWLEDGE_REVIEW;
import static dev.keel.identity.Permission.KNOWLEDGE_WRITE;
import static dev.keel.identity.Permission.MAJOR_INCIDENT_MANAGE;
import static dev.keel.identity.Permission.PORTAL_USE;
import static dev.keel.identity.Permission.PROBLEM_MANAGE;
import static dev.keel.identity.Permission.REPORTS_READ;
import static dev.keel.identity.Permission.WORKSPACE_USE;

import java.util.EnumSet;
import java.util.Set;

/** The roles of PRODUCT.md and what each allows. A user holds any number of roles. */
public enum Role {
    REQUESTER(EnumSet.of(PORTAL_USE)),
    AGENT(EnumSet.of(PORTAL_USE, WORKSPACE_USE, KNOWLEDGE_WRITE)),
    TEAM_LEAD(EnumSet.of(
            PORTAL_USE, WORKSPACE_USE, Permission.TEAM_LEAD, REPORTS_READ, KNOWLEDGE_WRITE, KNOWLEDGE_REVIEW)),
    PROBLEM_MANAGER(EnumSet.of(WORKSPACE_USE, PROBLEM_MANAGE, REPORTS_READ, KNOWLEDGE_WRITE, KNOWLEDGE_REVIEW)),
    CHANGE_MANAGER(EnumSet.of(WORKSPACE_USE, CHANGE_MANAGE, CHANGE_APPROVE, REPORTS_READ)),
    MAJOR_INCIDENT_MANAGER(EnumSet.of(WORKSPACE_USE, MAJOR_INCIDENT_MANAGE, REPORTS_READ)),
    CAB_MEMBER(EnumSet.of(WORKSPACE_USE, CHANGE_APPROVE)),
    SERVICE_OWNER(EnumSet.of(PORTAL_USE, REPORTS_READ)),
    AUDITOR(EnumSet.of(AUDIT_READ, REPORTS_READ)),
    ADMIN(EnumSet.of(
            PORTAL_USE,
            WORKSPACE_USE,
            ADMIN_USERS,
            ADMIN_CONFIG,
            AUDIT_READ,
            REPORTS_READ,
            KNOWLEDGE_WRITE,
            KNOWLEDGE_REVIEW));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    /** The message key of the role's display name. */
    public String messageKey() {
        return "role." + name();
    }
}
