package dev.keel.cmdb.domain;

import dev.keel.cmdb.CiStatus;
import java.util.List;

/**
 * The result of an impact walk: the CIs taken as failed, the CIs reached (with the level and the
 * relation that brought them in), the clusters that stayed up thanks to redundancy, and the edges walked.
 */
public record Impact(
        List<Node> failed,
        List<Node> affected,
        List<Node> affectedBusinessServices,
        List<Node> degradedClusters,
        List<Edge> edges) {

    static Impact of(List<Node> failed, List<Node> affected, List<Node> degradedClusters, List<Edge> edges) {
        return new Impact(
                failed,
                affected,
                affected.stream().filter(Node::businessService).toList(),
                degradedClusters,
                edges);
    }

    /** A CI in the result; {@code level} 0 for a failed one. */
    public record Node(
            long id,
            String name,
            long classId,
            String classCode,
            CiStatus status,
            int level,
            boolean businessService) {}

    /** A relation {@code source → target} of {@code typeId} that the walk followed. */
    public record Edge(long sourceId, long targetId, long typeId) {}
}
