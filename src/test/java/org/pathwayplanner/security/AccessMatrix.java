package org.pathwayplanner.security;

import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pathwayplanner.people.Role;

/** The vocabulary of the access matrix ({@link AccessMatrixTests}): routes, rows, identities and answers. */
final class AccessMatrix {

    private AccessMatrix() {
    }

    /** One route the application serves: a method and a path pattern as Spring or OpenAPI writes it. */
    record Route(String method, String pattern) implements Comparable<Route> {

        @Override
        public int compareTo(Route other) {
            int byPattern = pattern.compareTo(other.pattern);
            return byPattern != 0 ? byPattern : method.compareTo(other.method);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    /** How a request was answered, as far as access goes. */
    enum Outcome {
        /** Got past authentication and authorisation: neither 401 nor 403 nor the login page, and no server error. */
        OK,
        /** 404: the route is not there for anyone (an optional part that is not installed). */
        ABSENT,
        /** Refused, signed in or by HTTP Basic: 403. */
        FORBIDDEN,
        /** Not signed in (or with credentials this part ignores), a programmatic part: 401. */
        UNAUTHORIZED,
        /** Not signed in, a page: a redirect to the login page. */
        LOGIN,
        /** Anything but a refusal (401, 403, the login page), a server error included: the error page itself. */
        ANSWERED,
        /**
         * Camunda's REST API for an administrator by HTTP Basic: 200 while the API is kept, 404 once it is removed;
         * never 401, 403 or a redirect. Decided in issue 10: change to {@link #OK} or {@link #ABSENT} when it is.
         */
        ENGINE_REST_FOR_ADMIN;

        boolean matches(HttpResponse<?> response) {
            int status = response.statusCode();
            String location = response.headers().firstValue("Location").orElse("");
            boolean toLogin = status / 100 == 3 && location.matches("(https?://[^/]+)?/login(\\?.*)?");
            return switch (this) {
                case OK -> status != 401 && status != 403 && !toLogin && status < 500;
                case ABSENT -> status == 404;
                case FORBIDDEN -> status == 403;
                case UNAUTHORIZED -> status == 401;
                case LOGIN -> toLogin;
                case ANSWERED -> status != 401 && status != 403 && !toLogin;
                case ENGINE_REST_FOR_ADMIN -> status == 200 || status == 404;
            };
        }
    }

    /** What one role gets on a route: for a related record and for an unrelated one (the same when no record). */
    record Access(Outcome related, Outcome unrelated) {

        static Access both(Outcome outcome) {
            return new Access(outcome, outcome);
        }
    }

    /**
     * Which part of the application serves a route, and so which credentials it takes: the table gives each role's
     * answer on the credentials the part takes; on the other kind the role is a stranger and gets the anonymous answer.
     */
    enum Area {
        /** Pages: the signed-in session (form login); HTTP Basic is not looked at. */
        PAGE(true, false),
        /** The JSON API under /api: HTTP Basic on every call; the session cookie is not looked at. */
        API(false, true),
        /** Camunda's REST API: HTTP Basic of an administrator; the session cookie is not looked at. */
        ENGINE_REST(false, true),
        /** Camunda's webapps (Cockpit, Tasklist, Admin and their API): the session only (issue 10). */
        CAMUNDA(true, false),
        /** Spring Boot Actuator (issue 17): an administrator's session, HTTP Basic or API token, as the admin API. */
        ACTUATOR(true, true);

        final boolean session;
        final boolean basic;

        Area(boolean session, boolean basic) {
            this.session = session;
            this.basic = basic;
        }

        boolean takes(Channel channel) {
            return channel == Channel.SESSION ? session : basic;
        }
    }

    /** The kind of record a route's first path variable names: related and unrelated ones are tried. */
    enum RecordKind {
        /** No record, or one only administrators reach (a placeholder that names nothing is sent). */
        NONE,
        STUDENT,
        SECTION,
        EVIDENCE,
        PROPOSAL
    }

    enum Channel {
        NONE, SESSION, BASIC
    }

    /** Who calls: anonymous, or a demo account signed in by session cookie or calling with HTTP Basic. */
    record Identity(String username, Role role, Channel channel) {

        static final Identity ANONYMOUS = new Identity(null, null, Channel.NONE);

        @Override
        public String toString() {
            return channel == Channel.NONE ? "anonymous" : username + " (" + channel.name().toLowerCase() + ")";
        }
    }

    /**
     * One line of the table: a route, the part serving it, the record its path names, the answers per role, the
     * body a state-changing call carries (harmless: nothing an allowed caller sends here changes shared data) and why.
     */
    record Row(Route route, Area area, RecordKind record, Access anonymous, Map<Role, Access> roles, String body,
            String note) {

        Access expected(Identity identity) {
            if (identity.channel() == Channel.NONE || !area.takes(identity.channel())) {
                return anonymous;
            }
            return roles.get(identity.role());
        }

        Row body(String body) {
            return new Row(route, area, record, anonymous, roles, body, note);
        }

        /** Why a cell reads as it does when that is not obvious from the route. */
        Row because(String note) {
            return new Row(route, area, record, anonymous, roles, body, note);
        }

        static Row of(String method, String pattern, Area area, RecordKind record, Access anonymous, Access student,
                Access guardian, Access teacher, Access counselor, Access admin) {
            Map<Role, Access> roles = new EnumMap<>(Role.class);
            roles.put(Role.STUDENT, student);
            roles.put(Role.GUARDIAN, guardian);
            roles.put(Role.TEACHER, teacher);
            roles.put(Role.COUNSELOR, counselor);
            roles.put(Role.ADMIN, admin);
            return new Row(new Route(method, pattern), area, record, anonymous, roles, null, null);
        }
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

    /**
     * The path to call: the first variable is the record (when the row has one), every other variable a value that
     * names nothing, so an allowed call answers 404 or a refusal and changes nothing.
     */
    static String path(String pattern, Long record) {
        Matcher variables = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        boolean first = true;
        while (variables.find()) {
            String value = first && record != null ? String.valueOf(record) : placeholder(variables.group(1));
            variables.appendReplacement(path, Matcher.quoteReplacement(value));
            first = false;
        }
        variables.appendTail(path);
        return path.toString();
    }

    private static String placeholder(String variable) {
        return switch (variable) {
            case "file" -> "no-such-file.drl";
            case "taskId" -> "no-such-task";
            case "value" -> "99";
            case "versionNo" -> "9999";
            default -> "987654321";
        };
    }

    static List<Identity> identities(Map<Role, String> accounts) {
        List<Identity> all = new java.util.ArrayList<>();
        all.add(Identity.ANONYMOUS);
        accounts.forEach((role, username) -> {
            all.add(new Identity(username, role, Channel.SESSION));
            all.add(new Identity(username, role, Channel.BASIC));
        });
        return all;
    }
}
