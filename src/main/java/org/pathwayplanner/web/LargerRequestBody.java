package org.pathwayplanner.web;

import org.springframework.util.unit.DataSize;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A route whose requests may carry a larger body than {@code pathway-planner.web.max-request-body} (a file upload),
 * declared as a bean by the feature that serves it; {@link RequestBodyLimit} applies {@code limit} to it instead.
 */
public record LargerRequestBody(String method, String pathPattern, DataSize limit) {

    boolean matches(String requestMethod, String pathWithinApplication) {
        PathPattern pattern = PathPatternParser.defaultInstance.parse(pathPattern);
        return method.equalsIgnoreCase(requestMethod)
                && pattern.matches(org.springframework.http.server.PathContainer.parsePath(pathWithinApplication));
    }
}
