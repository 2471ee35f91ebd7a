package org.pathwayplanner;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * MockMvc requests keep MockMvc's own session: a test's {@code .session(...)}, {@code .flashAttr(...)} and
 * {@code with(user(...))} put what they give in it, which Spring Session would replace with one from the database.
 * Requests over real HTTP (the access matrix, the browser tests, {@code security.SessionsInTheDatabaseTests}) go
 * through Spring Session as in production.
 */
@TestConfiguration(proxyBeanMethods = false)
class MockMvcSessions {

    @Bean
    MockMvcBuilderCustomizer containerSessionsInMockMvc() {
        return builder -> builder.defaultRequest(get("/").requestAttr(
                SessionRepositoryFilter.class.getName() + ".FILTERED", Boolean.TRUE));
    }
}
