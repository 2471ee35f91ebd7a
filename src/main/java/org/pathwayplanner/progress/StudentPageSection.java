package org.pathwayplanner.progress;

import java.util.Map;
import org.pathwayplanner.people.Viewer;

/**
 * A part another feature adds to the page where adults follow one student (the pathways feature adds the
 * student's proposals and their timelines), so this feature need not know the others. Called only after the
 * viewer's right to see the student was checked; a section may check again.
 */
public interface StudentPageSection {

    /** The template holding the fragment {@code section(data)}, e.g. {@code pathways/studentProposals}. */
    String template();

    /** What the fragment shows {@code viewer} about the student {@code studentId}. */
    Map<String, Object> data(Viewer viewer, long studentId);
}
