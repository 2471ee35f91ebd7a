package org.pathwayplanner.opportunities;

import java.util.List;

/** One page of the catalog: its opportunities, which page it is (from 1), how many pages and opportunities match. */
public record CatalogPage(List<Opportunity> opportunities, int page, int pages, long total) {

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
