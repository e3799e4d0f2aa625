package org.entente.platform;

import java.util.List;

/**
 * One page of a list a page shows in full otherwise: the items of page {@code page} (from 0), so many per page, out
 * of {@code total}. Pages show it with the pager fragment, {@code ~{pager :: pager(${slice}, '/path', 'param')}},
 * which links to the previous and next pages with {@code ?param=n}. A page number out of range shows the last page.
 */
public record PageSlice<T>(List<T> items, int page, int size, int total) {

    public static <T> PageSlice<T> of(List<T> all, Integer page, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int shown = page == null || page < 0 ? 0 : Math.min(page, pages - 1);
        int from = shown * size;
        return new PageSlice<>(List.copyOf(all.subList(from, Math.min(all.size(), from + size))), shown, size,
                all.size());
    }

    public int pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean paged() {
        return total > size;
    }
}
