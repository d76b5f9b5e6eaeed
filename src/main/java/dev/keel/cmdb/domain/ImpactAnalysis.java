package dev.keel.cmdb.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which CIs fail with the given ones (upwards: the sources of {@code TO_SOURCE} relations to a failed CI,
 * and clusters left with fewer healthy members than they need), and what a CI depends on (downwards).
 * Walks level by level with one indexed adjacency query per level and direction (ids batched in {@code
 * IN} lists), never per CI, so a 3-level walk on 100,000 CIs costs a handful of queries.
 */
@Service
@Transactional(readOnly = true)
public class ImpactAnalysis {

    public static final int DEFAULT_DEPTH = 5;
    public static final int MAX_DEPTH = 10;
    public static final int MAX_FAILED = 100;

    private final NamedParameterJdbcTemplate jdbc;
    private final ImpactNodes nodes;

    ImpactAnalysis(NamedParameterJdbcTemplate jdbc, ImpactNodes nodes) {
        this.jdbc = jdbc;
        this.nodes = nodes;
    }

    /** The CIs affected when all of {@code failedIds} fail, up to {@code depth} levels. */
    public Impact impact(Collection<Long> failedIds, int depth) {
        Set<Long> failed = checked(failedIds, depth);
        PropagationTypes types = types();
        Map<Long, Integer> level = new LinkedHashMap<>();
        failed.forEach(id -> level.put(id, 0));
        Set<Long> degraded = new LinkedHashSet<>();
        List<Impact.Edge> edges = new ArrayList<>();
        Set<Long> frontier = failed;
        for (int l = 1; l <= depth && !frontier.isEmpty(); l++) {
            Set<Long> next = new LinkedHashSet<>();
            for (Impact.Edge e : adjacent(frontier, types.toSource(), "target_id")) {
                edges.add(e);
                if (!level.containsKey(e.sourceId())) {
                    next.add(e.sourceId());
                }
            }
            clusters(frontier, types.cluster(), level.keySet(), next, degraded, edges);
            for (Long id : next) {
                level.put(id, l);
                degraded.remove(id);
            }
            frontier = next;
        }
        return nodes.impact(level, degraded, edges);
    }

    /** What {@code ciId} needs, down to {@code depth} levels (its targets, and members of its clusters). */
    public Impact dependencies(long ciId, int depth) {
        checked(List.of(ciId), depth);
        PropagationTypes types = types();
        Map<Long, Integer> level = new LinkedHashMap<>(Map.of(ciId, 0));
        List<Impact.Edge> edges = new ArrayList<>();
        Set<Long> frontier = Set.of(ciId);
        for (int l = 1; l <= depth && !frontier.isEmpty(); l++) {
            Set<Long> next = new LinkedHashSet<>();
            for (Impact.Edge e : adjacent(frontier, types.toSource(), "source_id")) {
                edges.add(e);
                if (!level.containsKey(e.targetId())) {
                    next.add(e.targetId());
                }
            }
            for (Impact.Edge e : adjacent(frontier, types.cluster(), "target_id")) {
                edges.add(e);
                if (!level.containsKey(e.sourceId())) {
                    next.add(e.sourceId());
                }
            }
            for (Long id : next) {
                level.put(id, l);
            }
            frontier = next;
        }
        return nodes.impact(level, Set.of(), edges);
    }

    /**
     * Clusters with a member in {@code frontier}: down when fewer members than they need are healthy
     * (not in {@code down} or {@code next}), otherwise degraded.
     */
    private void clusters(
            Set<Long> frontier,
            Set<Long> clusterTypes,
            Set<Long> down,
            Set<Long> next,
            Set<Long> degraded,
            List<Impact.Edge> edges) {
        Set<Long> candidates = new HashSet<>();
        for (Impact.Edge e : adjacent(frontier, clusterTypes, "source_id")) {
            if (!down.contains(e.targetId())) {
                candidates.add(e.targetId());
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        Map<Long, List<Impact.Edge>> members = new HashMap<>();
        adjacent(candidates, clusterTypes, "target_id")
                .forEach(e -> members.computeIfAbsent(e.targetId(), k -> new ArrayList<>())
                        .add(e));
        Map<Long, Integer> minimum = nodes.minHealthy(candidates);
        for (Long cluster : candidates) {
            List<Impact.Edge> all = members.getOrDefault(cluster, List.of());
            long healthy = all.stream()
                    .filter(e -> !down.contains(e.sourceId()) && !next.contains(e.sourceId()))
                    .count();
            if (healthy < minimum.getOrDefault(cluster, 1)) {
                next.add(cluster);
                all.stream().filter(e -> down.contains(e.sourceId())).forEach(edges::add);
            } else {
                degraded.add(cluster);
            }
        }
    }

    /** Relations of the types whose {@code column} (source_id or target_id) is in {@code ids}. */
    private List<Impact.Edge> adjacent(Set<Long> ids, Set<Long> typeIds, String column) {
        if (ids.isEmpty() || typeIds.isEmpty()) {
            return List.of();
        }
        String sql = "select source_id, target_id, type_id from cmdb_relation where " + column
                + " in (:ids) and type_id in (:types)";
        return Batches.query(
                ids,
                batch -> jdbc.query(
                        sql,
                        Map.of("ids", batch, "types", typeIds),
                        (rs, n) -> new Impact.Edge(rs.getLong(1), rs.getLong(2), rs.getLong(3))));
    }

    private PropagationTypes types() {
        Set<Long> toSource = new HashSet<>();
        Set<Long> cluster = new HashSet<>();
        jdbc.query("select id, propagation from cmdb_relation_type", rs -> {
            switch (rs.getString(2)) {
                case "TO_SOURCE" -> toSource.add(rs.getLong(1));
                case "CLUSTER" -> cluster.add(rs.getLong(1));
                default -> {}
            }
        });
        return new PropagationTypes(toSource, cluster);
    }

    private static Set<Long> checked(Collection<Long> ids, int depth) {
        if (depth < 1 || depth > MAX_DEPTH) {
            throw CmdbErrors.invalid("depth", "cmdb.validation.depth", 1, MAX_DEPTH);
        }
        if (ids.isEmpty()) {
            throw CmdbErrors.invalid("ciIds", "cmdb.validation.required");
        }
        if (ids.size() > MAX_FAILED) {
            throw CmdbErrors.invalid("ciIds", "cmdb.validation.tooMany", MAX_FAILED);
        }
        return new LinkedHashSet<>(ids);
    }

    private record PropagationTypes(Set<Long> toSource, Set<Long> cluster) {}
}
