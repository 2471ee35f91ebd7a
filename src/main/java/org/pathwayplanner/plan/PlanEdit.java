package org.pathwayplanner.plan;

import java.util.List;
import java.util.function.Function;

/**
 * One change to a plan that is checked without being saved (the live check of the board): an item to add, an item
 * to move to another term, or an item to remove. All empty: the plan as it is.
 */
public record PlanEdit(NewItem add, Long move, String to, Long remove) {

    public static final PlanEdit NONE = new PlanEdit(null, null, null, null);

    /** Applies the change to the plan's lines; {@code lineOf} checks and completes an item to add. */
    void applyTo(List<ItemLine> lines, Function<NewItem, ItemLine> lineOf) {
        if (add != null) {
            lines.add(lineOf.apply(add));
        }
        if (move != null) {
            TermKey term = TermKey.parse(to);
            int at = indexOf(lines, move);
            lines.set(at, lines.get(at).in(term));
        }
        if (remove != null) {
            lines.remove(indexOf(lines, remove));
        }
    }

    private static int indexOf(List<ItemLine> lines, long id) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).id() != null && lines.get(i).id() == id) {
                return i;
            }
        }
        throw new java.util.NoSuchElementException("The plan has no item " + id);
    }
}
