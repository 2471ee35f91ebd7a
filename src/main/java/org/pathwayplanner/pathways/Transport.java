package org.pathwayplanner.pathways;

/**
 * How a student gets to an off-campus pathway and back: what a guardian needs to know before consenting. The
 * page names each in the reader's language ({@code pathways.transport.<name>}); the timeline keeps {@link #inWords()}.
 */
public enum Transport {
    FAMILY("driven by family"),
    STUDENT_DRIVES("the student drives"),
    WALKS_OR_BIKES("the student walks or bikes"),
    PUBLIC_TRANSIT("public transit"),
    PROVIDER("transport by the provider"),
    SCHOOL_BUS("school bus");

    private final String inWords;

    Transport(String inWords) {
        this.inWords = inWords;
    }

    /** In English, for the record. */
    public String inWords() {
        return inWords;
    }
}
