package org.pathwayplanner.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a name is kept for searching and what a search matches: the rules both databases' queries follow. */
class NameSearchTest {

    @Test
    void aNameIsKeptLowerCaseWithoutAccentsAsWordsOfLettersAndDigits() {
        assertThat(NameSearch.key("García-López")).isEqualTo("garcia lopez");
        assertThat(NameSearch.key("  O'Brien ")).isEqualTo("o brien");
        assertThat(NameSearch.key("ÉMILIE")).isEqualTo("emilie");
        assertThat(NameSearch.key("Nguyễn")).isEqualTo("nguyen");
        assertThat(NameSearch.key(null)).isNull();
        assertThat(NameSearch.emailKey(" Ana.García@Example.org")).isEqualTo("ana.garcia@example.org");
    }

    @Test
    void eachWordOfTheSearchBeginsTheFirstOrTheLastName() {
        assertThat(NameSearch.of("smi").matchesName("John", "Smith")).isTrue();
        assertThat(NameSearch.of("ana gar").matchesName("Ana", "García")).isTrue();
        assertThat(NameSearch.of("GARCIA, Ana").matchesName("Ana", "García")).isTrue();
        assertThat(NameSearch.of("ana gar").matchesName("Ana", "Smith")).isFalse();
        assertThat(NameSearch.of("mith").matchesName("John", "Smith")).as("the middle of a word").isFalse();
        assertThat(NameSearch.of("ana").matchesName("Susana", "Ortiz")).isFalse();
        assertThat(NameSearch.of("ana lopez").matchesName("Ana", "García López")).as("a later word of a name").isTrue();
        assertThat(NameSearch.of("ana garcia lopez").matchesName("Ana", "García López")).isTrue();
        assertThat(NameSearch.of("lopez").matchesName("Ana", "García López"))
                .as("one word at least begins the first or last name").isFalse();
        assertThat(NameSearch.of("@@").words()).isEmpty();
        assertThat(NameSearch.of("  ")).isNull();
    }

    @Test
    void eachWordIsLookedUpByAnIndexOnTheFirstAndTheLastName() {
        NameSearch search = NameSearch.of("al garcia");

        assertThat(search.words()).containsExactly("garcia", "al");
        assertThat(search.nameBranches("f", "l")).extracting(NameSearch.Sql::condition)
                .hasSize(4).allSatisfy(c -> assertThat(c).containsPattern("^[fl] >= \\? and [fl] < \\?"));
    }

    @Test
    void aPrefixIsAskedAsARangeWhoseUpperBoundIsAboveEveryStringItBegins() {
        assertThat(NameSearch.above("smi")).isEqualTo("smj");
        assertThat(NameSearch.above("liz")).isEqualTo("lj");
        assertThat(NameSearch.above("s0009")).isEqualTo("s001");
        assertThat(NameSearch.above("a.b@")).isEqualTo("a.c");
        assertThat(NameSearch.above("zz")).isNull();
        for (String name : new String[] {"smith", "smi", "smiz", "smi zzz"}) {
            assertThat(name.compareTo("smi")).isGreaterThanOrEqualTo(0);
            assertThat(name.compareTo(NameSearch.above("smi"))).isNegative();
        }
    }

    @Test
    void whatTheSearchTypesIsMatchedLiterallyNotAsAPattern() {
        NameSearch.Sql sql = NameSearch.of("a_%").wholePrefix("x");
        assertThat(sql.arguments()).contains("a\\_\\%%");
    }
}
