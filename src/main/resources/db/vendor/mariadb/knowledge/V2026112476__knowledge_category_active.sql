-- Categories can be retired (hidden from the portal and from pickers for new articles) and restored.
ALTER TABLE knowledge_category ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
