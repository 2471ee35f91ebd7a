package org.pathwayplanner.people;

/** The role a login account acts in. */
public enum Role {
    STUDENT, TEACHER, COUNSELOR, ADMIN, GUARDIAN
}
