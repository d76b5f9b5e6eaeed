-- Who sees which tickets: a security group sees security incidents; a group may serve only some
-- customer organisations (none listed = all); a requester may be allowed to see their organisation's tickets.
ALTER TABLE identity_group ADD COLUMN security_group BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE identity_user ADD COLUMN organisation_visibility BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE identity_group_customer (
    group_id        BIGINT NOT NULL REFERENCES identity_group (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES identity_organisation (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, organisation_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
