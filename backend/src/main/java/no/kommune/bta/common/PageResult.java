package no.kommune.bta.common;

import java.util.List;
import java.util.function.Function;

/** One page of a list: every list in the API is paginated the same way. */
public record PageResult<T>(List<T> items, int page, int size, long totalItems) {

    public <R> PageResult<R> map(Function<T, R> f) {
        return new PageResult<>(items.stream().map(f).toList(), page, size, totalItems);
    }
}
