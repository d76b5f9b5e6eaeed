package dev.keel.cmdb.domain;

import dev.keel.cmdb.CiStatus;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The allowed status steps of a configuration item: one table, nothing else decides. */
public final class CiLifecycle {

    private static final Map<CiStatus, Set<CiStatus>> ALLOWED = new EnumMap<>(CiStatus.class);

    static {
        ALLOWED.put(CiStatus.PLANNED, EnumSet.of(CiStatus.IN_USE, CiStatus.RETIRED));
        ALLOWED.put(CiStatus.IN_USE, EnumSet.of(CiStatus.MAINTENANCE, CiStatus.RETIRED));
        ALLOWED.put(CiStatus.MAINTENANCE, EnumSet.of(CiStatus.IN_USE, CiStatus.RETIRED));
        ALLOWED.put(CiStatus.RETIRED, EnumSet.of(CiStatus.IN_USE, CiStatus.DISPOSED));
        ALLOWED.put(CiStatus.DISPOSED, EnumSet.noneOf(CiStatus.class));
    }

    private CiLifecycle() {}

    public static boolean allows(CiStatus from, CiStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    public static Set<CiStatus> next(CiStatus from) {
        return EnumSet.copyOf(ALLOWED.get(from).isEmpty() ? EnumSet.noneOf(CiStatus.class) : ALLOWED.get(from));
    }
}
