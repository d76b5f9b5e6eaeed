-- Sibling categories never share a name in either language, also when two people create them at the same
-- moment: the application keeps the comparison keys (top level = 0, names trimmed and lower-cased) and
-- the database holds them unique under each parent.
ALTER TABLE knowledge_category ADD COLUMN parent_key BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE knowledge_category ADD COLUMN name_zh_key VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE knowledge_category ADD COLUMN name_en_key VARCHAR(200) DEFAULT '' NOT NULL;
UPDATE knowledge_category
   SET parent_key = COALESCE(parent_id, 0),
       name_zh_key = LOWER(TRIM(name_zh)),
       name_en_key = LOWER(TRIM(name_en));
CREATE UNIQUE INDEX knowledge_category_sibling_zh_ux ON knowledge_category (parent_key, name_zh_key);
CREATE UNIQUE INDEX knowledge_category_sibling_en_ux ON knowledge_category (parent_key, name_en_key);
