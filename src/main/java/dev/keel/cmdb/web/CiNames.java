package dev.keel.cmdb.web;

import dev.keel.cmdb.domain.ConfigurationItems;
import java.util.HashMap;
import java.util.Map;

/** Names of CIs by id for one page, each looked up once. */
public final class CiNames {

    private final ConfigurationItems items;
    private final Map<Long, String> names = new HashMap<>();

    CiNames(ConfigurationItems items) {
        this.items = items;
    }

    public String of(long id) {
        return names.computeIfAbsent(id, key -> {
            try {
                return items.find(key).name();
            } catch (RuntimeException gone) {
                return "#" + key;
            }
        });
    }
}
