package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.security.Visitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every page carries a Content-Security-Policy that allows only the application's own scripts, styles and images,
 * and the pages keep to it: no inline script, no style attribute, no event-handler attribute. Camunda's Cockpit keeps
 * its own policy.
 */
@PlannerTest
class ContentSecurityPolicyTests {

    static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    static final Pattern STYLE_ATTRIBUTE = Pattern.compile("<[a-z][^>]*\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);
    static final Pattern HANDLER_ATTRIBUTE = Pattern.compile("<[a-z][^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    static final Pattern STYLE_ELEMENT = Pattern.compile("<style[\\s>]", Pattern.CASE_INSENSITIVE);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource({"student1, /student", "student1, /student/map", "student1, /student/pathways",
            "student1, /student/pathways/new", "student1, /student/transcript",
            "teacher.math, /teacher", "teacher.math, /tasks", "counselor1, /counselor", "guardian1, /guardian",
            "admin, /admin", "admin, /admin/framework", "admin, /admin/people", "admin, /admin/rules",
            "admin, /admin/rules/files/mastery.drl", "admin, /admin/credits", "admin, /admin/sign-ins"})
    void givenAPageThenItCarriesThePolicyAndKeepsToIt(String username, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(accounts.loadUserByUsername(username))))
                .andReturn().getResponse();

        assertThat(response.getStatus()).as(path).isEqualTo(200);
        assertPolicy(response.getHeader("Content-Security-Policy"));
        keepsToThePolicy(path, response.getContentAsString());
    }

    @Test
    void givenTheLoginAndErrorPagesThenTheyCarryThePolicyToo() throws Exception {
        for (String path : List.of("/login", "/error/403")) {
            MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
            assertPolicy(response.getHeader("Content-Security-Policy"));
            keepsToThePolicy(path, response.getContentAsString());
        }
        Visitor anyone = new Visitor(port);
        assertPolicy(anyone.get("/login").headers().firstValue("Content-Security-Policy").orElse(null));
    }

    @Test
    void givenCockpitThenCamundasOwnPolicyIsTheOnlyOne() {
        HttpResponse<String> cockpit = new Visitor(port).signIn("admin", "demo").get("/camunda/app/cockpit/default/");

        assertThat(cockpit.statusCode()).isEqualTo(200);
        List<String> policies = cockpit.headers().allValues("Content-Security-Policy");
        assertThat(policies).hasSize(1);
        assertThat(policies.get(0)).doesNotContain("style-src 'self';");
    }

    static void assertPolicy(String policy) {
        assertThat(policy).isNotNull()
                .contains("default-src 'self'").contains("script-src 'self'").contains("style-src 'self'")
                .contains("object-src 'none'").contains("frame-ancestors 'none'").contains("form-action 'self'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }

    private static void keepsToThePolicy(String path, String html) {
        assertThat(INLINE_SCRIPT.matcher(html).find()).as(path + ": an inline <script>").isFalse();
        assertThat(STYLE_ATTRIBUTE.matcher(html).find()).as(path + ": a style attribute").isFalse();
        assertThat(HANDLER_ATTRIBUTE.matcher(html).find()).as(path + ": an on…= handler").isFalse();
        assertThat(STYLE_ELEMENT.matcher(html).find()).as(path + ": a <style> element").isFalse();
    }
}
