package dev.keel.cmdb.web;

import dev.keel.cmdb.domain.Impact;
import dev.keel.cmdb.domain.RelationType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The graph around a CI for the page: what it depends on and what depends on it, each node with a state
 * ({@code focus}, {@code failed}, {@code affected}, {@code degraded} or {@code normal}) that the page's
 * ECharts graph colours and the list below it repeats.
 */
public record CiGraph(List<GraphNode> nodes, List<GraphLink> links) {

    public record GraphNode(long id, String name, String classCode, String state, boolean businessService) {}

    public record GraphLink(long source, long target, String label) {}

    static CiGraph of(
            long focus, Impact dependencies, Impact upwards, boolean failed, List<RelationType> types, Locale locale) {
        Map<Long, String> typeNames =
                types.stream().collect(Collectors.toMap(RelationType::id, t -> t.outgoing(locale)));
        Set<Long> affected = upwards.affected().stream().map(Impact.Node::id).collect(Collectors.toSet());
        Set<Long> degraded =
                upwards.degradedClusters().stream().map(Impact.Node::id).collect(Collectors.toSet());
        Map<Long, GraphNode> nodes = new LinkedHashMap<>();
        Function<Impact.Node, GraphNode> node = n -> new GraphNode(
                n.id(), n.name(), n.classCode(), state(n.id(), focus, failed, affected, degraded), n.businessService());
        for (Impact impact : List.of(dependencies, upwards)) {
            for (Impact.Node n : impact.failed()) {
                nodes.putIfAbsent(n.id(), node.apply(n));
            }
            for (Impact.Node n : impact.affected()) {
                nodes.putIfAbsent(n.id(), node.apply(n));
            }
            for (Impact.Node n : impact.degradedClusters()) {
                nodes.putIfAbsent(n.id(), node.apply(n));
            }
        }
        List<GraphLink> links = new ArrayList<>();
        for (Impact impact : List.of(dependencies, upwards)) {
            for (Impact.Edge e : impact.edges()) {
                GraphLink link = new GraphLink(e.sourceId(), e.targetId(), typeNames.getOrDefault(e.typeId(), ""));
                if (nodes.containsKey(e.sourceId()) && nodes.containsKey(e.targetId()) && !links.contains(link)) {
                    links.add(link);
                }
            }
        }
        return new CiGraph(List.copyOf(nodes.values()), links);
    }

    private static String state(long id, long focus, boolean failed, Set<Long> affected, Set<Long> degraded) {
        if (id == focus) {
            return failed ? "failed" : "focus";
        }
        if (failed && affected.contains(id)) {
            return "affected";
        }
        if (failed && degraded.contains(id)) {
            return "degraded";
        }
        return "normal";
    }
}
