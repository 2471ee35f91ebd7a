package org.pathwayplanner.records;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pathwayplanner.evidence.EvidenceRecorded;
import org.pathwayplanner.people.StudentRecordsOpened;
import org.pathwayplanner.people.Viewer;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Turns the openings of students' records during a request into lines of the records of access: one line per student
 * per request, written when the answer is known (its status, and whether it was a download), with the route's
 * pattern. Openings outside any request (a workflow job) are written as they come.
 */
@Component
class RequestAccesses extends OncePerRequestFilter {

    static final String OPENED = RequestAccesses.class.getName() + ".opened";

    /** Who opened the student's records in this request, and whether the request changed them. */
    private record Opening(String username, String role, boolean changed) {
    }

    private final AccessLog log;
    private final Clock clock;

    RequestAccesses(AccessLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @EventListener
    void on(StudentRecordsOpened opened) {
        opened(opened.studentId(), opened.username(), opened.role().name(), false);
    }

    /** Evidence recorded or corrected by someone signed in (imports included): their records changed. */
    @EventListener
    void on(EvidenceRecorded recorded) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || !who.isAuthenticated() || who.getAuthorities().isEmpty()) {
            return;   // the demo district being generated, a process of the product's own: not anyone's access
        }
        Viewer viewer;
        try {
            viewer = Viewer.of(who);
        } catch (org.springframework.security.access.AccessDeniedException noRole) {
            return;
        }
        opened(recorded.studentId(), viewer.username(), viewer.role().name(), true);
    }

    @SuppressWarnings("unchecked")
    private void opened(long studentId, String username, String role, boolean changed) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object openings = request == null ? null : request.getAttribute(OPENED, RequestAttributes.SCOPE_REQUEST);
        if (openings instanceof Map<?, ?> map) {
            ((Map<Long, Opening>) map).merge(studentId, new Opening(username, role, changed),
                    (before, now) -> new Opening(before.username(), before.role(), before.changed() || now.changed()));
        } else {
            log.add(new RecordedAccess(Instant.now(clock), studentId, username, role,
                    changed ? AccessAction.CHANGE : AccessAction.READ, null, RecordedAccess.NO_ROUTE, null));
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<Long, Opening> openings = new LinkedHashMap<>();
        request.setAttribute(OPENED, openings);
        try {
            chain.doFilter(request, response);
        } finally {
            if (!openings.isEmpty()) {
                record(request, response, openings);
            }
        }
    }

    private void record(HttpServletRequest request, HttpServletResponse response, Map<Long, Opening> openings) {
        Instant now = Instant.now(clock);
        String method = request.getMethod();
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String route = pattern != null ? pattern.toString() : request.getRequestURI();
        String disposition = response.getHeader(HttpHeaders.CONTENT_DISPOSITION);
        boolean download = disposition != null && disposition.startsWith("attachment");
        AccessAction asked = AccessAction.of(method, download);
        openings.forEach((studentId, o) -> log.add(new RecordedAccess(now, studentId, o.username(), o.role(),
                o.changed() && asked == AccessAction.READ ? AccessAction.CHANGE : asked, method, route,
                response.getStatus())));
    }
}
