package dev.keel.cmdb.domain;

import dev.keel.cmdb.CiSupport;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The support group of the configuration items a ticket affects, for routing. */
@Component
class CiSupportGroups implements CiSupport {

    private final JdbcTemplate jdbc;
    private final ConfigurationItems items;

    CiSupportGroups(JdbcTemplate jdbc, ConfigurationItems items) {
        this.jdbc = jdbc;
        this.items = items;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> supportGroupForTicket(long ticketId) {
        List<Long> linked = jdbc.queryForList(
                "select ci_id from cmdb_ticket_link where ticket_id = ? order by linked_at, ci_id",
                Long.class,
                ticketId);
        if (linked.isEmpty()) {
            return Optional.empty();
        }
        List<ConfigurationItem> found = items.findAll(linked);
        return linked.stream()
                .flatMap(id -> found.stream().filter(ci -> Objects.equals(ci.id(), id)))
                .filter(ci -> !ci.retired() && ci.supportGroupId() != null)
                // stable sort: among equally critical CIs the first linked wins
                .sorted(Comparator.comparing(ConfigurationItem::criticality).reversed())
                .map(ConfigurationItem::supportGroupId)
                .filter(Objects::nonNull)
                .findFirst();
    }
}
