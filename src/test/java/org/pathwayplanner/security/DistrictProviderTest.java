package org.pathwayplanner.security;

import com.nimbusds.jose.JOSEObjectType;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A district whose staff sign in with the district's accounts only: an OpenID Connect provider runs in the test's
 * own process (mock-oauth2-server) and the application is configured with it as an operator would, in an application
 * context of its own (its own in-memory database) shared by the classes that extend this one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:district-sign-in;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
        "pathway-planner.demo.students=30",
        // Camunda's webapps and the engine registry are static: a second engine must not take them from the shared one
        "camunda.bpm.webapp.enabled=false", "camunda.bpm.process-engine-name=districtSignIn", "spring.jmx.enabled=false",
        "pathway-planner.sign-in.methods.password-roles=STUDENT,GUARDIAN",
        "spring.security.oauth2.client.registration.district.client-id=pathway-planner",
        "spring.security.oauth2.client.registration.district.client-secret=not-a-secret",
        "spring.security.oauth2.client.registration.district.client-name=District account",
        "spring.security.oauth2.client.registration.district.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.district.scope=openid,email,profile"})
public abstract class DistrictProviderTest {

    public static final String ISSUER = "district";
    protected static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    static {
        PROVIDER.start();
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("spring.security.oauth2.client.provider.district.issuer-uri",
                () -> PROVIDER.issuerUrl(ISSUER).toString());
    }

    /** The next sign-in at the provider is this person, with these claims in the ID token. */
    protected static void nextIdentity(String subject, Map<String, Object> claims) {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, subject, JOSEObjectType.JWT.getType(),
                List.of("pathway-planner"), claims, 3600));
    }
}
