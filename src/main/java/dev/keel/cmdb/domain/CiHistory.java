package dev.keel.cmdb.domain;

import dev.keel.shared.Actor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The field history of configuration items: who changed what, when, from which value to which. */
@Component
@Transactional
public class CiHistory {

    /** One changed field; attribute changes are named {@code attributes.<code>}. */
    record Change(
            String field, @Nullable String from, @Nullable String to) {}

    private final CiHistoryRepository entries;
    private final Clock clock;

    CiHistory(CiHistoryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    void record(long ciId, String field, @Nullable String from, @Nullable String to, Actor actor) {
        entries.save(new CiHistoryEntry(ciId, field, from, to, actor.name(), clock.instant()));
    }

    void record(long ciId, List<Change> changes, Actor actor) {
        changes.forEach(c -> record(ciId, c.field(), c.from(), c.to(), actor));
    }

    @Transactional(readOnly = true)
    public List<CiHistoryEntry> of(long ciId) {
        return entries.findByCiIdOrderByIdDesc(ciId);
    }

    static List<Change> diff(ConfigurationItem ci, CiClass ciClass, CiFields f, Map<Long, String> attributes) {
        List<Change> out = new ArrayList<>();
        add(out, "name", ci.name(), f.name());
        add(out, "status", ci.status().name(), f.status().name());
        add(out, "environment", ci.environment().name(), f.environment().name());
        add(out, "criticality", ci.criticality().name(), f.criticality().name());
        add(out, "ownerId", ci.ownerId(), f.ownerId());
        add(out, "supportGroupId", ci.supportGroupId(), f.supportGroupId());
        add(out, "organisationId", ci.organisationId(), f.organisationId());
        add(out, "location", ci.location(), f.location());
        add(out, "minHealthyMembers", ci.minHealthyMembers(), f.minHealthyMembers());
        Set<Long> ids = new HashSet<>(ci.attributes().keySet());
        ids.addAll(attributes.keySet());
        for (ClassAttribute a : ciClass.attributes()) {
            if (ids.contains(a.id())) {
                add(out, "attributes." + a.code(), ci.attributes().get(a.id()), attributes.get(a.id()));
            }
        }
        return out;
    }

    private static void add(List<Change> out, String field, @Nullable Object from, @Nullable Object to) {
        if (!Objects.equals(from, to)) {
            out.add(new Change(field, from == null ? null : from.toString(), to == null ? null : to.toString()));
        }
    }
}
