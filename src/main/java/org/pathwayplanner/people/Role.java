package org.pathwayplanner.people;

/** The role a login account acts in. */
public enum Role {
    STUDENT, TEACHER, COUNSELOR, ADMIN, GUARDIAN,
    /**
     * The supervisor at a workplace, invited to one student's pathway: never an account of the district, only a session
     * opened by the invitation's link (the pathways feature decides what it may see).
     */
    MENTOR
}
