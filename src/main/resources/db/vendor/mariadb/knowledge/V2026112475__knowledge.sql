-- The knowledge base: categories, articles with every saved version, reviewers and review decisions,
-- counters kept apart from the article row, votes, links to tickets, deflections and attachments.
CREATE TABLE knowledge_category (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    parent_id  BIGINT REFERENCES knowledge_category (id),
    name_en    VARCHAR(200) NOT NULL,
    name_zh    VARCHAR(200) NOT NULL,
    sort_order INT          NOT NULL DEFAULT 0,
    version    BIGINT       NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX knowledge_category_parent_ix ON knowledge_category (parent_id, sort_order);

CREATE TABLE knowledge_article (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    status            VARCHAR(20)  NOT NULL,
    visibility        VARCHAR(20)  NOT NULL,
    language          VARCHAR(10)  NOT NULL,
    category_id       BIGINT REFERENCES knowledge_category (id),
    tags              VARCHAR(500) NOT NULL DEFAULT '',
    owner_id          BIGINT       NOT NULL,
    title             VARCHAR(200) NOT NULL,
    summary           VARCHAR(1000) NOT NULL DEFAULT '',
    body              MEDIUMTEXT NOT NULL,
    head_version      INT          NOT NULL,
    published_version INT,
    published_at      DATETIME(6),
    created_at        DATETIME(6) NOT NULL,
    updated_at        DATETIME(6) NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX knowledge_article_status_ix ON knowledge_article (status, id);
CREATE INDEX knowledge_article_owner_ix ON knowledge_article (owner_id, id);
CREATE INDEX knowledge_article_category_ix ON knowledge_article (category_id, id);
CREATE INDEX knowledge_article_readable_ix ON knowledge_article (visibility, published_version, id);

CREATE TABLE knowledge_article_version (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    article_id  BIGINT        NOT NULL REFERENCES knowledge_article (id),
    version_no  INT           NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    summary     VARCHAR(1000) NOT NULL DEFAULT '',
    body        MEDIUMTEXT NOT NULL,
    author_id   BIGINT        NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    note        VARCHAR(500)  NOT NULL DEFAULT '',
    CONSTRAINT knowledge_article_version_uk UNIQUE (article_id, version_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE knowledge_article_reviewer (
    article_id BIGINT NOT NULL REFERENCES knowledge_article (id),
    user_id    BIGINT NOT NULL,
    PRIMARY KEY (article_id, user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX knowledge_article_reviewer_user_ix ON knowledge_article_reviewer (user_id, article_id);

CREATE TABLE knowledge_review (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    article_id  BIGINT       NOT NULL REFERENCES knowledge_article (id),
    version_no  INT          NOT NULL,
    reviewer_id BIGINT       NOT NULL,
    decision    VARCHAR(20)  NOT NULL,
    comment     VARCHAR(2000) NOT NULL DEFAULT '',
    created_at  DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX knowledge_review_article_ix ON knowledge_review (article_id, id);

CREATE TABLE knowledge_article_counter (
    article_id  BIGINT NOT NULL PRIMARY KEY REFERENCES knowledge_article (id),
    views       BIGINT NOT NULL DEFAULT 0,
    helpful     BIGINT NOT NULL DEFAULT 0,
    unhelpful   BIGINT NOT NULL DEFAULT 0,
    deflections BIGINT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE knowledge_vote (
    article_id BIGINT  NOT NULL REFERENCES knowledge_article (id),
    user_id    BIGINT  NOT NULL,
    helpful    BOOLEAN NOT NULL,
    voted_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (article_id, user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE knowledge_article_ticket (
    article_id BIGINT NOT NULL REFERENCES knowledge_article (id),
    ticket_id  BIGINT NOT NULL,
    linked_by  BIGINT NOT NULL,
    linked_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (article_id, ticket_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX knowledge_article_ticket_ticket_ix ON knowledge_article_ticket (ticket_id, article_id);

CREATE TABLE knowledge_deflection (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    article_id  BIGINT        NOT NULL REFERENCES knowledge_article (id),
    user_id     BIGINT        NOT NULL,
    query_text  VARCHAR(500)  NOT NULL DEFAULT '',
    created_at  DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX knowledge_deflection_at_ix ON knowledge_deflection (created_at);
CREATE INDEX knowledge_deflection_article_ix ON knowledge_deflection (article_id, id);

CREATE TABLE knowledge_attachment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    article_id   BIGINT       NOT NULL REFERENCES knowledge_article (id),
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    uploaded_by  BIGINT       NOT NULL,
    uploaded_at  DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX knowledge_attachment_article_ix ON knowledge_attachment (article_id, id);
