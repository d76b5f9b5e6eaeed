-- Sibling names are compared by keys the database computes itself from the row (V2026120490 had the
-- application write them, so a row written any other way carried empty keys and was compared wrongly).
-- Categories that already share a name with an older sibling keep their row and articles; the later
-- ones get their id appended to that name, e.g. "Network (42)", for an administrator to rename (a name
-- longer than 80 characters is cut there first, so that it stays within the 100 the application allows).
DROP INDEX knowledge_category_sibling_zh_ux;
DROP INDEX knowledge_category_sibling_en_ux;
ALTER TABLE knowledge_category DROP COLUMN parent_key;
ALTER TABLE knowledge_category DROP COLUMN name_zh_key;
ALTER TABLE knowledge_category DROP COLUMN name_en_key;
ALTER TABLE knowledge_category ADD COLUMN parent_key BIGINT GENERATED ALWAYS AS (COALESCE(parent_id, 0)) STORED;
ALTER TABLE knowledge_category ADD COLUMN name_zh_key VARCHAR(200) GENERATED ALWAYS AS (LOWER(TRIM(name_zh))) STORED;
ALTER TABLE knowledge_category ADD COLUMN name_en_key VARCHAR(200) GENERATED ALWAYS AS (LOWER(TRIM(name_en))) STORED;
UPDATE knowledge_category c
   SET name_zh = LEFT(TRIM(c.name_zh), 80) || ' (' || c.id || ')'
 WHERE EXISTS (SELECT 1 FROM knowledge_category o
                WHERE o.parent_key = c.parent_key AND o.name_zh_key = c.name_zh_key AND o.id < c.id);
UPDATE knowledge_category c
   SET name_en = LEFT(TRIM(c.name_en), 80) || ' (' || c.id || ')'
 WHERE EXISTS (SELECT 1 FROM knowledge_category o
                WHERE o.parent_key = c.parent_key AND o.name_en_key = c.name_en_key AND o.id < c.id);
CREATE UNIQUE INDEX knowledge_category_sibling_zh_ux ON knowledge_category (parent_key, name_zh_key);
CREATE UNIQUE INDEX knowledge_category_sibling_en_ux ON knowledge_category (parent_key, name_en_key);
