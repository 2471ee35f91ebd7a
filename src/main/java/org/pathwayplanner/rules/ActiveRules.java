package org.pathwayplanner.rules;

/**
 * The rules version active in the database, which every instance follows: another instance may have published
 * one. Work that must run on the rules in use now (a partition of a district recomputation) catches up first.
 */
public interface ActiveRules {

    /** Puts the database's active version in use here if it is not yet; returns whether the rules in use changed. */
    boolean catchUp();
}
