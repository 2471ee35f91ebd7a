package org.pathwayplanner.people;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How people are found by a search, and the one home of how a name is normalized for it: lower case, accents
 * stripped, anything that is not a letter or a digit a space ("García-López" is kept as {@code garcia lopez}).
 * Each student, guardian and staff member keeps its normalized first and last names (and e-mail) in columns
 * {@code search_first}, {@code search_last} ({@code search_email}) with B-tree indexes (V61); every writer of a name
 * sets them with {@link #key} and {@link #emailKey}.
 *
 * <p>A search matches a person when <em>each word</em> of it is the beginning of a word of their name and one of
 * them is the beginning of their first or last name ("smi" finds Smith, "ana gar" and "garcia ana" find Ana García,
 * "ana lopez" finds Ana García López, "lopez" alone does not, "ana" does not find Susana), or when the search as a
 * whole is the beginning of their student number, username or e-mail. The middle of a word never matches: that is
 * what lets an index find the people instead of reading every one of them.
 *
 * <p>A prefix is asked as a range, {@code column >= 'smi' and column < 'smj'}, with the {@code like 'smi%'} kept as
 * the exact test: PostgreSQL serves a range from a B-tree index under any collation and with a prepared statement's
 * generic plan, which a {@code like} with a parameter does not get (and H2 serves both).
 */
public final class NameSearch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<String> words;
    private final String whole;
    private final String asTyped;

    private NameSearch(String find) {
        this.asTyped = find.strip();
        String key = key(find);
        this.words = key.isEmpty() ? List.of()
                : Arrays.stream(key.split(" ")).distinct().sorted(Comparator.comparingInt(String::length).reversed())
                        .toList();
        this.whole = emailKey(find.strip());
    }

    /** The search as typed; null when blank (then everyone matches and there is nothing to ask). */
    public static NameSearch of(String find) {
        return find == null || find.isBlank() ? null : new NameSearch(find);
    }

    /** A name as it is kept for searching: lower case, no accents, words of letters and digits, one space apart. */
    public static String key(String name) {
        if (name == null) {
            return null;
        }
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return NOT_A_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** An e-mail address (or a username) as it is kept for searching: lower case, no accents, its dots and @ kept. */
    public static String emailKey(String email) {
        if (email == null) {
            return null;
        }
        return MARKS.matcher(Normalizer.normalize(email.strip(), Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    /** The search as typed, trimmed and lower-cased: what areas and classes are matched by, anywhere in their names. */
    public String part() {
        return asTyped.toLowerCase(Locale.ROOT);
    }

    /** The words of the search (normalized), the longest first. */
    public List<String> words() {
        return words;
    }

    /**
     * Whether a name (first and last) matches, in Java (for short lists read whole): every word of the search begins a
     * word of the name, and one of them begins the first or the last name.
     */
    public boolean matchesName(String firstName, String lastName) {
        if (words.isEmpty()) {
            return false;
        }
        String first = key(firstName) == null ? "" : key(firstName);
        String last = key(lastName) == null ? "" : key(lastName);
        List<String> nameWords = new ArrayList<>(List.of(first.split(" ")));
        nameWords.addAll(List.of(last.split(" ")));
        return words.stream().allMatch(w -> nameWords.stream().anyMatch(n -> n.startsWith(w)))
                && words.stream().anyMatch(w -> first.startsWith(w) || last.startsWith(w));
    }

    /** As {@link #matchesName}, or the search begins one of the usernames or e-mails. */
    public boolean matchesAnyOf(String firstName, String lastName, String... usernamesOrEmails) {
        return matchesName(firstName, lastName)
                || Arrays.stream(usernamesOrEmails).anyMatch(u -> u != null && emailKey(u).startsWith(whole));
    }

    /** A condition and its arguments, to be joined into a query. */
    public record Sql(String condition, List<Object> arguments) {
    }

    /**
     * The name conditions, one per word and column: that word begins the column {@code first} or {@code last}
     * (holding {@link #key}s), asked as a range so that the index on that column finds the rows, and every other word
     * begins a word of the name. Their union is what {@link #matchesName} says; none when the search has no word.
     */
    public List<Sql> nameBranches(String first, String last) {
        List<Sql> branches = new ArrayList<>();
        for (String driving : words) {
            for (String column : List.of(last, first)) {
                Sql range = prefix(column, driving);
                StringBuilder sql = new StringBuilder(range.condition());
                List<Object> arguments = new ArrayList<>(range.arguments());
                for (String word : words) {
                    if (!word.equals(driving)) {
                        Sql any = beginsAWord(first, last, word);
                        sql.append(" and ").append(any.condition());
                        arguments.addAll(any.arguments());
                    }
                }
                branches.add(new Sql(sql.toString(), arguments));
            }
        }
        return branches;
    }

    /** As {@link #nameBranches}, in one condition without ranges: for rows already narrowed down; null without words. */
    public Sql nameWords(String first, String last) {
        if (words.isEmpty()) {
            return null;
        }
        List<Object> arguments = new ArrayList<>();
        List<String> each = new ArrayList<>();
        for (String word : words) {
            Sql any = beginsAWord(first, last, word);
            each.add(any.condition());
            arguments.addAll(any.arguments());
        }
        List<String> starts = new ArrayList<>();
        for (String word : words) {
            starts.add(first + " like ? escape '\\' or " + last + " like ? escape '\\'");
            arguments.add(like(word));
            arguments.add(like(word));
        }
        return new Sql(String.join(" and ", each) + " and (" + String.join(" or ", starts) + ")", arguments);
    }

    private static Sql beginsAWord(String first, String last, String word) {
        String condition = "(" + first + " like ? escape '\\' or " + first + " like ? escape '\\' or " + last
                + " like ? escape '\\' or " + last + " like ? escape '\\')";
        return new Sql(condition, List.of(like(word), "% " + like(word), like(word), "% " + like(word)));
    }

    /** The search as a whole begins the column, which holds {@link #emailKey}s or usernames: a range and a like. */
    public Sql wholePrefix(String column) {
        return prefix(column, whole);
    }

    /** The search begins a student number, as typed or in capitals (numbers such as S000123): one condition each. */
    public List<Sql> studentNumberPrefixes(String column) {
        String capitals = asTyped.toUpperCase(Locale.ROOT);
        return capitals.equals(asTyped) ? List.of(prefix(column, asTyped))
                : List.of(prefix(column, asTyped), prefix(column, capitals));
    }

    /** As {@link #studentNumberPrefixes}, without a range: for rows already narrowed down. */
    public Sql studentNumberLike(String column) {
        return new Sql("(" + column + " like ? escape '\\' or " + column + " like ? escape '\\')",
                List.of(like(asTyped), like(asTyped.toUpperCase(Locale.ROOT))));
    }

    private static Sql prefix(String column, String prefix) {
        String above = above(prefix);
        String condition = column + " >= ?" + (above == null ? "" : " and " + column + " < ?") + " and " + column
                + " like ? escape '\\'";
        List<Object> arguments = new ArrayList<>();
        arguments.add(prefix);
        if (above != null) {
            arguments.add(above);
        }
        arguments.add(like(prefix));
        return new Sql(condition, arguments);
    }

    /**
     * The least string above every string that starts with the prefix, in byte order and in the usual collations
     * alike: the prefix up to its last ASCII letter or digit that has a next one, that character increased
     * ("smi" gives "smj", "liz" gives "lj", "a.b@" gives "a.c"); null when there is none (then no upper bound).
     */
    static String above(String prefix) {
        for (int i = prefix.length() - 1; i >= 0; i--) {
            char c = prefix.charAt(i);
            if (c >= 'a' && c < 'z' || c >= '0' && c < '9' || c >= 'A' && c < 'Z') {
                return prefix.substring(0, i) + (char) (c + 1);
            }
        }
        return null;
    }

    /** A prefix as a LIKE pattern, its own % and _ and \ escaped. */
    static String like(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
