package org.pathwayplanner.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pathwayplanner.security.AccessMatrix.Area;
import org.pathwayplanner.security.AccessMatrix.Channel;
import org.pathwayplanner.security.AccessMatrix.Identity;

/**
 * Real HTTP callers of the running application, one per identity, following no redirect. A session identity signs
 * in once through the login form (with its CSRF token); a Basic identity sends its credentials on every call; each
 * keeps its own cookies and the CSRF token of its session, so a state-changing page call is judged on who makes it,
 * not refused for a missing token.
 */
final class Callers {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final String PASSWORD = "demo";

    private final String base;
    private final Map<Identity, Caller> callers = new ConcurrentHashMap<>();

    /** Opens a caller for every identity at once (session identities sign in now, once). */
    Callers(int port, List<Identity> identities) {
        this.base = "http://localhost:" + port;
        identities.parallelStream().forEach(identity -> callers.put(identity, open(identity)));
    }

    HttpResponse<String> call(Identity identity, String method, String path, Area area, String body) {
        return callers.get(identity).send(method, path, area, body);
    }

    private Caller open(Identity identity) {
        Caller caller = new Caller(identity);
        caller.csrf = caller.tokenOf(caller.send("GET", "/login", Area.PAGE, null));
        if (identity.channel() == Channel.SESSION) {
            HttpResponse<String> signIn = caller.send("POST", "/login", Area.PAGE,
                    "username=" + URLEncoder.encode(identity.username(), StandardCharsets.UTF_8) + "&password=" + PASSWORD);
            if (signIn.statusCode() != 302 || signIn.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException(identity + " could not sign in: " + signIn.statusCode() + " "
                        + signIn.headers().map());
            }
            // the token changes at sign-in: read the new one from the landing page (its sign-out form)
            String landing = signIn.headers().firstValue("Location").orElseThrow();
            HttpResponse<String> home = caller.send("GET", landing.replaceFirst("^https?://[^/]+", ""), Area.PAGE, null);
            String next = home.headers().firstValue("Location").orElse(null);
            caller.csrf = caller.tokenOf(next == null ? home
                    : caller.send("GET", next.replaceFirst("^https?://[^/]+", ""), Area.PAGE, null));
        }
        return caller;
    }

    private final class Caller {

        private final Identity identity;
        private final HttpClient client;
        private String csrf;

        Caller(Identity identity) {
            this.identity = identity;
            this.client = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
        }

        HttpResponse<String> send(String method, String path, Area area, String body) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
            if (identity.channel() == Channel.BASIC) {
                request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((identity.username() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
            }
            boolean changes = !method.equals("GET") && !method.equals("HEAD");
            if (!changes) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else if (area == Area.PAGE) {
                String form = (csrf == null ? "" : "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8))
                        + (body == null || body.isEmpty() ? "" : "&" + body);
                request.header("Content-Type", "application/x-www-form-urlencoded")
                        .method(method, HttpRequest.BodyPublishers.ofString(form));
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "{}" : body));
            }
            try {
                return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(method + " " + path + " as " + identity + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        String tokenOf(HttpResponse<String> page) {
            Matcher token = CSRF.matcher(page.body());
            if (!token.find()) {
                throw new IllegalStateException("No CSRF token on the page answered to " + identity + ": "
                        + page.statusCode() + " " + page.uri());
            }
            return token.group(1).replace("&#45;", "-");
        }
    }
}
