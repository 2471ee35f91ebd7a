package org.pathwayplanner.opportunities;

/**
 * What a reader narrows the catalog to, all in the page's address ({@code ?kind=INTERNSHIP&grade=11&q=clinic}): the
 * kind, the credit area, a grade it must be open to, words in its title, provider or description, and whether it must
 * have seats left. Blank means any.
 */
public record CatalogFilter(String kind, String area, Integer grade, String q, boolean withSeats) {

    public CatalogFilter {
        kind = blankIsNull(kind);
        area = blankIsNull(area);
        q = blankIsNull(q);
        if (q != null && q.length() > 100) {
            q = q.substring(0, 100);
        }
    }

    private static String blankIsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
