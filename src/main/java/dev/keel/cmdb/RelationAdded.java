package dev.keel.cmdb;

/** A relation {@code source → target} of a relation type was added. */
public record RelationAdded(long relationId, long typeId, long sourceId, long targetId) {}
