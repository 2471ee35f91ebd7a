package org.pathwayplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** The session cookie stays on this site (SameSite=Lax), out of scripts' reach, and on HTTPS unless run locally. */
@PlannerTest
class SessionCookieTests {

    @LocalServerPort
    int port;

    @Test
    void givenASignInThenTheSessionCookieIsSameSiteLaxAndHttpOnly() {
        HttpResponse<String> signedIn = new Visitor(port).submitLogin("counselor1", "demo");

        String cookie = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly");
    }

    @Test
    void theSessionCookieIsSecureByDefaultAndOnlyTheLocalProfileSendsItOverPlainHttp() throws IOException {
        List<PropertySource<?>> documents = new YamlPropertySourceLoader()
                .load("application.yml", new ClassPathResource("application.yml"));

        assertThat(documents.get(0).getProperty("server.servlet.session.cookie.secure")).isEqualTo(true);
        PropertySource<?> local = documents.stream()
                .filter(d -> "local".equals(d.getProperty("spring.config.activate.on-profile"))).findFirst().orElseThrow();
        assertThat(local.getProperty("server.servlet.session.cookie.secure")).isEqualTo(false);
    }
}
