package org.pathwayplanner.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The header's language form goes back to the page it is on, with that page's query (a counselor's
 * caseload filters, a search): the form's address and one hidden field per query parameter, except
 * {@code lang} itself. Only the query string is carried, never the fields of a posted form.
 */
record LanguageSwitch(String action, List<Param> params) {

    private static final Set<String> DROPPED = Set.of("lang", "_csrf");

    record Param(String name, String value) {
    }

    static LanguageSwitch of(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
            return new LanguageSwitch(local(failed), List.of());
        }
        if (request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) instanceof String forwarded) {
            return new LanguageSwitch(local(forwarded),
                    params((String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)));
        }
        return new LanguageSwitch(local(request.getRequestURI()), params(request.getQueryString()));
    }

    /** A path on this server: "//host/..." would send the form to another site. */
    private static String local(String path) {
        String single = path.replaceFirst("^/+", "/");
        return single.startsWith("/") ? single : "/" + single;
    }

    private static List<Param> params(String query) {
        List<Param> params = new ArrayList<>();
        if (query == null || query.isBlank()) {
            return params;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (!DROPPED.contains(name)) {
                params.add(new Param(name, value));
            }
        }
        return params;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
