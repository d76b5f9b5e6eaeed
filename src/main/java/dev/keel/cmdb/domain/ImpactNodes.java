package dev.keel.cmdb.domain;

import dev.keel.cmdb.CiStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Loads the CIs an impact walk reached, in batches, and checks that the failed ones exist. */
@Component
class ImpactNodes {

    static final String BUSINESS_SERVICE = "business_service";

    private final NamedParameterJdbcTemplate jdbc;

    ImpactNodes(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Impact impact(Map<Long, Integer> level, Set<Long> degraded, List<Impact.Edge> edges) {
        Set<Long> ids = new java.util.HashSet<>(level.keySet());
        ids.addAll(degraded);
        Map<Long, Impact.Node> rows = load(ids, level);
        List<Impact.Node> failed = new ArrayList<>();
        List<Impact.Node> affected = new ArrayList<>();
        for (var entry : level.entrySet()) {
            Impact.Node node = rows.get(entry.getKey());
            if (node == null && entry.getValue() == 0) {
                throw CmdbErrors.invalid("ciIds", "cmdb.validation.ciUnknown");
            }
            if (node != null) {
                (entry.getValue() == 0 ? failed : affected).add(node);
            }
        }
        List<Impact.Node> clusters = degraded.stream()
                .map(rows::get)
                .filter(java.util.Objects::nonNull)
                .toList();
        List<Impact.Edge> walked = edges.stream().distinct().toList();
        return Impact.of(failed, affected, clusters, walked);
    }

    Map<Long, Integer> minHealthy(Set<Long> clusters) {
        Map<Long, Integer> out = new HashMap<>();
        Batches.query(
                        clusters,
                        batch -> jdbc.query(
                                "select id, min_healthy_members from cmdb_ci where id in (:ids) and min_healthy_members is not null",
                                Map.of("ids", batch),
                                (rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private Map<Long, Impact.Node> load(Set<Long> ids, Map<Long, Integer> level) {
        Map<Long, Impact.Node> out = new HashMap<>();
        Batches.query(
                        ids,
                        batch -> jdbc.query(
                                "select c.id, c.name, c.class_id, k.code, c.status from cmdb_ci c "
                                        + "join cmdb_class k on k.id = c.class_id where c.id in (:ids)",
                                Map.of("ids", batch),
                                (rs, n) -> new Impact.Node(
                                        rs.getLong(1),
                                        rs.getString(2),
                                        rs.getLong(3),
                                        rs.getString(4),
                                        CiStatus.valueOf(rs.getString(5)),
                                        level.getOrDefault(rs.getLong(1), -1),
                                        BUSINESS_SERVICE.equals(rs.getString(4)))))
                .forEach(n -> out.put(n.id(), n));
        return out;
    }
}
