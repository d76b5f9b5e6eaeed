package dev.keel.identity;

import dev.keel.shared.AuditableEvent;
import org.jspecify.annotations.Nullable;

/** The events the identity module publishes; every one is audited. */
public final class IdentityEvents {

    private IdentityEvents() {}

    public record LoginSucceeded(String actor, @Nullable String remoteAddress) implements AuditableEvent {
        public String action() {
            return "login.succeeded";
        }

        public @Nullable String subject() {
            return "user:" + actor;
        }

        public String details() {
            return "";
        }
    }

    public record LoginFailed(String actor, @Nullable String remoteAddress, String reason) implements AuditableEvent {
        public String action() {
            return "login.failed";
        }

        public @Nullable String subject() {
            return "user:" + actor;
        }

        public String details() {
            return "reason=" + reason;
        }
    }

    public record AccountLocked(String actor, @Nullable String remoteAddress, String until) implements AuditableEvent {
        public String action() {
            return "account.locked";
        }

        public @Nullable String subject() {
            return "user:" + actor;
        }

        public String details() {
            return "until=" + until;
        }
    }

    public record RoleGranted(String actor, @Nullable String remoteAddress, long userId, String username, Role role)
            implements AuditableEvent {
        public String action() {
            return "role.granted";
        }

        public @Nullable String subject() {
            return "user:" + username;
        }

        public String details() {
            return "role=" + role;
        }
    }

    public record RoleRevoked(String actor, @Nullable String remoteAddress, long userId, String username, Role role)
            implements AuditableEvent {
        public String action() {
            return "role.revoked";
        }

        public @Nullable String subject() {
            return "user:" + username;
        }

        public String details() {
            return "role=" + role;
        }
    }

    public record ApiTokenCreated(
            String actor, @Nullable String remoteAddress, long tokenId, String name, String scopes)
            implements AuditableEvent {
        public String action() {
            return "token.created";
        }

        public @Nullable String subject() {
            return "token:" + tokenId;
        }

        public String details() {
            return "name=" + name + ", scopes=" + scopes;
        }
    }

    public record ApiTokenRevoked(String actor, @Nullable String remoteAddress, long tokenId, String name)
            implements AuditableEvent {
        public String action() {
            return "token.revoked";
        }

        public @Nullable String subject() {
            return "token:" + tokenId;
        }

        public String details() {
            return "name=" + name;
        }
    }

    /** Users, groups and organisations created or changed: configuration changes in the audit sense. */
    public record ConfigurationChanged(
            String actor, @Nullable String remoteAddress, String action, String subject, String details)
            implements AuditableEvent {}
}
