package org.pathwayplanner.web;

/**
 * Which page of a list is shown: its number (from 1), its size and how many rows match. A page asked for beyond the
 * end shows the last one, a page below 1 the first, and a size outside {@link #SMALLEST}..{@link #LARGEST} the
 * nearest allowed: an address typed or kept from a longer list still shows something.
 */
public record Paging(int page, int size, long matching) {

    public static final int DEFAULT_SIZE = 50;
    public static final int SMALLEST = 10;
    public static final int LARGEST = 200;

    public static Paging of(Integer asked, Integer size, long matching) {
        int rows = size == null ? DEFAULT_SIZE : Math.max(SMALLEST, Math.min(LARGEST, size));
        int last = (int) Math.max(1, (matching + rows - 1) / rows);
        int page = asked == null ? 1 : Math.max(1, Math.min(last, asked));
        return new Paging(page, rows, matching);
    }

    public int pages() {
        return (int) Math.max(1, (matching + size - 1) / size);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }

    /** The number of the first row on this page, from 1 (0 when nothing matches). */
    public long first() {
        return matching == 0 ? 0 : offset() + 1;
    }

    public long last() {
        return Math.min(matching, offset() + size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
