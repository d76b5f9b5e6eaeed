package dev.keel.knowledge.domain;

import java.util.Collection;

/**
 * Who reads or changes articles, with what they may do: agents read internal articles and drafts,
 * writers create and edit, reviewers approve. Built at the edge from the signed-in user's authorities.
 */
public record Reader(long userId, boolean agent, boolean writer, boolean reviewer) {

    public static Reader of(long userId, Collection<String> authorities) {
        return new Reader(
                userId,
                authorities.contains("workspace:use"),
                authorities.contains("knowledge:write"),
                authorities.contains("knowledge:review"));
    }
}
