package org.pathwayplanner.plan;

import jakarta.validation.constraints.Size;

/**
 * The goals a Student Success Plan states: postsecondary and career interests, and academic, social-emotional and
 * physical goals. Each is the student's own words; none is required.
 */
public record Goals(@Size(max = Goals.LONGEST) String postsecondary, @Size(max = Goals.LONGEST) String careerInterests,
        @Size(max = Goals.LONGEST) String academic, @Size(max = Goals.LONGEST) String socialEmotional,
        @Size(max = Goals.LONGEST) String physical) {

    public static final int LONGEST = 1000;
    public static final Goals NONE = new Goals(null, null, null, null, null);

    public Goals {
        postsecondary = tidy(postsecondary);
        careerInterests = tidy(careerInterests);
        academic = tidy(academic);
        socialEmotional = tidy(socialEmotional);
        physical = tidy(physical);
    }

    private static String tidy(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
