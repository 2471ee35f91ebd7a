/**
 * The demo district: a deterministic generator (fixed seed) that fills an empty database with a
 * realistic framework, two schools, staff, students with evidence histories and guardians. The same
 * generator, with a larger size, makes the benchmark district.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo district")
package org.pathwayplanner.demo;
