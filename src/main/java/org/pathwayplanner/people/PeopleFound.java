package org.pathwayplanner.people;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The people a search finds, read by the search's own query (a union of branches, each served by an index) and
 * sorted and counted here: asked as {@code id in (that union)} under an ORDER BY, H2 walks the sorted index of the
 * whole table and runs the union again for every row (the profile of the first measurement: 190 ms of CPU a search
 * in a 5,000-student district). Reading every person found costs what they are: a few ms a thousand (a common last
 * name in the 50,000-student demo finds about 1,300 students; docs/performance.md says what a cap would save).
 */
final class PeopleFound {

    /** A person found, with what lists sort them by. */
    record Person(long id, String lastName, String firstName) {
    }

    static final Comparator<Person> BY_NAME = Comparator.comparing(Person::lastName)
            .thenComparing(Person::firstName).thenComparingLong(Person::id);

    private PeopleFound() {
    }

    /** The people of a query selecting id, last name and first name, by name. */
    static List<Person> query(JdbcTemplate jdbc, NameSearch.Sql sql) {
        return sorted(jdbc.query(sql.condition(), (rs, i) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3)),
                sql.arguments().toArray()));
    }

    /** These people once each, by name. */
    static List<Person> sorted(Collection<Person> people) {
        return people.stream().distinct().sorted(BY_NAME).toList();
    }

    /** The ids of a page of them. */
    static List<Long> page(List<Person> people, long offset, int limit) {
        return people.stream().skip(offset).limit(limit).map(Person::id).toList();
    }
}
