package dev.keel.cmdb;

/** A relation {@code source → target} of a relation type was removed. */
public record RelationRemoved(long relationId, long typeId, long sourceId, long targetId) {}
