-- Identity: customer and provider organisations, support groups, users, role grants, API tokens.
CREATE TABLE identity_organisation (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(40)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    version    BIGINT       NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT identity_organisation_code_uk UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE identity_user (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    username         VARCHAR(64)  NOT NULL,
    display_name     VARCHAR(200) NOT NULL,
    email            VARCHAR(320) NOT NULL,
    password_hash    VARCHAR(255) NOT NULL,
    organisation_id  BIGINT REFERENCES identity_organisation (id),
    locale           VARCHAR(16),
    time_zone        VARCHAR(64)  NOT NULL,
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins    INT          NOT NULL DEFAULT 0,
    locked_until     DATETIME(6),
    last_login_at    DATETIME(6),
    password_changed_at DATETIME(6) NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    created_at       DATETIME(6) NOT NULL,
    CONSTRAINT identity_user_username_uk UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX identity_user_organisation_ix ON identity_user (organisation_id, id);
CREATE INDEX identity_user_email_ix ON identity_user (email);

CREATE TABLE identity_user_role (
    user_id BIGINT      NOT NULL REFERENCES identity_user (id) ON DELETE CASCADE,
    role    VARCHAR(40) NOT NULL,
    PRIMARY KEY (user_id, role)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX identity_user_role_role_ix ON identity_user_role (role, user_id);

CREATE TABLE identity_group (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    description VARCHAR(2000),
    tier        VARCHAR(10)  NOT NULL,
    lead_id     BIGINT REFERENCES identity_user (id),
    email       VARCHAR(320),
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT identity_group_code_uk UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE identity_group_member (
    group_id BIGINT NOT NULL REFERENCES identity_group (id) ON DELETE CASCADE,
    user_id  BIGINT NOT NULL REFERENCES identity_user (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX identity_group_member_user_ix ON identity_group_member (user_id, group_id);

CREATE TABLE identity_api_token (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT       NOT NULL REFERENCES identity_user (id) ON DELETE CASCADE,
    name         VARCHAR(100) NOT NULL,
    token_hash   VARCHAR(64)     NOT NULL,
    token_prefix VARCHAR(16)  NOT NULL,
    scopes       VARCHAR(200) NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    expires_at   DATETIME(6),
    last_used_at DATETIME(6),
    revoked_at   DATETIME(6),
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT identity_api_token_hash_uk UNIQUE (token_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX identity_api_token_user_ix ON identity_api_token (user_id, id);
