package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** What every page shares: the language switch in the header, and friendly answers to requests that fail. */
@PlannerTest
class PageFramingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    PeopleDirectory people;

    @Test
    void theLanguageSwitchReturnsToThePageWithItsFilters() throws Exception {
        String page = page(get("/counselor").queryParam("grade", "10").queryParam("sort", "name")
                .queryParam("desc", "false").queryParam("lang", "en"), "counselor1");

        String form = page.substring(page.indexOf("<form class=\"lang\""), page.indexOf("</form>", page.indexOf("<form class=\"lang\"")));
        assertThat(form).contains("action=\"/counselor\"")
                .contains("name=\"grade\" value=\"10\"")
                .contains("name=\"sort\" value=\"name\"")
                .contains("name=\"desc\" value=\"false\"")
                .doesNotContain("type=\"hidden\" name=\"lang\"");
    }

    @Test
    void theLanguageIsChosenWithAVisibleButtonNotOnChange() throws Exception {
        String page = page(get("/student"), "student1");

        String form = page.substring(page.indexOf("<form class=\"lang\""), page.indexOf("</form>", page.indexOf("<form class=\"lang\"")));
        assertThat(form).contains("<label for=\"lang\"").contains("<button type=\"submit\" id=\"lang-apply\">Change</button>")
                .doesNotContain("onchange").doesNotContain("<noscript>");
    }

    @Test
    void lettersInAnAddressWhereAnIdBelongsGivesAFriendlyTranslatedPageNotTheConvertersWords() throws Exception {
        String english = mvc.perform(get("/students/abc").with(user(accounts.loadUserByUsername("counselor1"))))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        String spanish = mvc.perform(get("/students/abc").param("lang", "es")
                        .with(user(accounts.loadUserByUsername("counselor1"))))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(english).contains("This request could not be completed")
                .contains("letters where a number belongs")
                .doesNotContain("Failed to convert").doesNotContain("NumberFormatException").doesNotContain("java.lang");
        assertThat(spanish).contains("No se pudo completar la solicitud").contains("letras donde va un número");
    }

    @Test
    void aMissingFormFieldGivesTheFriendlyPage() throws Exception {
        long student = people.caseloadOf("counselor1").get(0).id();

        String page = mvc.perform(post("/admin/people/{id}/counselor", student)
                        .with(user(accounts.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("a missing field").doesNotContain("Required parameter");
    }

    @Test
    void aRefusalTheApplicationWroteIsShownInItsOwnWords() throws Exception {
        long counselor = people.staffOfAccount("counselor1").orElseThrow().id();

        String page = mvc.perform(post("/admin/people/{id}/counselor", 987654).param("counselorId", String.valueOf(counselor))
                        .with(user(accounts.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"error-detail\"").contains("No student with id 987654");
    }

    @Test
    void theApiNamesAnUnreadableValueWithoutTheConvertersWords() throws Exception {
        String body = mvc.perform(get("/api/students/abc/progress").with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(body).contains("The value of studentId could not be read as a number")
                .doesNotContain("Failed to convert");
    }

    private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(user(accounts.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
