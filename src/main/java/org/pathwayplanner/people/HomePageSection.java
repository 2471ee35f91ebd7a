package org.pathwayplanner.people;

import java.util.List;
import java.util.Map;

/**
 * A part another feature adds to the signed-in person's home page (the pathways feature adds the tasks waiting
 * for them), so the features that own the home pages need not know the others.
 */
public interface HomePageSection {

    /** The template holding the fragment {@code section(data)}, e.g. {@code pathways/homeTasks}. */
    String template();

    /** What the fragment shows the viewer; empty when the section has nothing for this viewer's role. */
    Map<String, Object> data(Viewer viewer);

    /** A section with what it shows one viewer. */
    record Shown(String template, Map<String, Object> data) {
    }

    /** The sections with something to show the viewer, in order. */
    static List<Shown> shownTo(List<HomePageSection> sections, Viewer viewer) {
        return sections.stream().map(s -> new Shown(s.template(), s.data(viewer))).filter(s -> !s.data().isEmpty())
                .toList();
    }
}
