package dev.keel.routing.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RoutingRuleRepository extends JpaRepository<RoutingRule, Long> {

    List<RoutingRule> findAllByOrderByPositionAscIdAsc();

    @Query("select coalesce(max(r.position), 0) from RoutingRule r")
    int maxPosition();
}
