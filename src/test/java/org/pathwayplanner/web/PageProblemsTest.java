package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

/** The error page says whose problem it is: a refusal the application wrote, or a failure on the server's side. */
class PageProblemsTest {

    private final PageProblems problems = new PageProblems();
    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final ExtendedModelMap model = new ExtendedModelMap();

    @Test
    void aRefusalTheApplicationWroteIsA400WithItsReason() {
        problems.refused(new IllegalArgumentException("Choose a level from the district's scale"), response, model);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(model.get("textKey")).isEqualTo("error.refused.because");
        assertThat(model.get("detail")).isEqualTo("Choose a level from the district's scale");
    }

    @Test
    void theSameExceptionFromALibraryIsTheServersFailureNotTheReadersAndShowsNoLibraryWords() {
        IllegalArgumentException fromLibrary = new IllegalArgumentException("Unknown MVEL property getFoo");
        fromLibrary.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("org.mvel2.PropertyAccessor", "get", "PropertyAccessor.java", 42)});

        problems.conflict(new IllegalStateException("Connection closed", fromLibrary) {
            {
                setStackTrace(fromLibrary.getStackTrace());
            }
        }, response, model);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(model.get("textKey")).isEqualTo("error.500.text");
        assertThat(model.get("detail")).isNull();
    }

    @Test
    void anUnreadableValueSaysWhatToCheck() {
        problems.unreadable(response, model);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(model.get("textKey")).isEqualTo("error.unreadable.text");
    }
}
