package org.entente.shared;

import java.util.List;
import java.util.function.Function;

/** One page of results with the total, as the API returns it. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public PageOf {
        items = List.copyOf(items);
    }

    public static <T> PageOf<T> of(List<T> all, Paging paging) {
        int from = (int) Math.min(paging.offset(), all.size());
        int to = Math.min(from + paging.size(), all.size());
        return new PageOf<>(all.subList(from, to), paging.page(), paging.size(), all.size());
    }

    public <R> PageOf<R> map(Function<T, R> mapper) {
        return new PageOf<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
