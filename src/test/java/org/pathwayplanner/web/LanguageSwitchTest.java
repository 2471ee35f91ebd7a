package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The header's language form goes back to the page it is on, with that page's query but not its language. */
class LanguageSwitchTest {

    @Test
    void keepsThePathAndEveryQueryParameterButTheLanguage() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/counselor");
        request.setQueryString("grade=10&school=Riverside+High%20School&lang=es&sort=name&_csrf=abc");

        LanguageSwitch languageSwitch = LanguageSwitch.of(request);

        assertThat(languageSwitch.action()).isEqualTo("/counselor");
        assertThat(languageSwitch.params()).containsExactly(new LanguageSwitch.Param("grade", "10"),
                new LanguageSwitch.Param("school", "Riverside High School"), new LanguageSwitch.Param("sort", "name"));
    }

    @Test
    void aForwardedPageGoesBackToTheAddressThatWasAskedFor() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error/403");
        request.setAttribute(RequestDispatcher.FORWARD_REQUEST_URI, "/students/12");
        request.setAttribute(RequestDispatcher.FORWARD_QUERY_STRING, "tab=evidence");

        LanguageSwitch languageSwitch = LanguageSwitch.of(request);

        assertThat(languageSwitch.action()).isEqualTo("/students/12");
        assertThat(languageSwitch.params()).containsExactly(new LanguageSwitch.Param("tab", "evidence"));
    }

    @Test
    void anErrorPageGoesBackToTheFailedAddressWithoutAQuery() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/no/such/page");

        assertThat(LanguageSwitch.of(request)).isEqualTo(new LanguageSwitch("/no/such/page", java.util.List.of()));
    }

    @Test
    void neverPointsTheFormAtAnotherSite() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "//evil.example/login");

        assertThat(LanguageSwitch.of(request).action()).isEqualTo("/evil.example/login");
    }

    @Test
    void aMalformedEscapeIsKeptAsTyped() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/admin/people");
        request.setQueryString("find=100%&x");

        assertThat(LanguageSwitch.of(request).params()).containsExactly(new LanguageSwitch.Param("find", "100%"),
                new LanguageSwitch.Param("x", ""));
    }
}
