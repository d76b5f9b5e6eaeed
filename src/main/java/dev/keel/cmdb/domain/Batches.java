package dev.keel.cmdb.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** Splits large id sets so that an {@code IN (…)} list stays within what every database accepts. */
final class Batches {

    static final int SIZE = 1000;

    private Batches() {}

    static <T> List<T> query(Collection<Long> ids, Function<List<Long>, List<T>> query) {
        List<Long> all = new ArrayList<>(ids);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += SIZE) {
            out.addAll(query.apply(all.subList(i, Math.min(all.size(), i + SIZE))));
        }
        return out;
    }
}
