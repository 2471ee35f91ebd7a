package org.pathwayplanner.people;

public enum StaffKind {
    TEACHER, COUNSELOR, ADMIN
}
