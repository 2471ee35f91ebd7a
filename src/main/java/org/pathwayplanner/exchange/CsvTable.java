package org.pathwayplanner.exchange;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table written as CSV (RFC 4180) for a spreadsheet. Every text cell that a spreadsheet would run as a formula
 * (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is written as text by a
 * leading apostrophe, OWASP's advice on CSV injection: names, titles and comments are typed by people. Numbers
 * given as numbers are written as they are (a negative number is not a formula).
 */
public final class CsvTable {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    private CsvTable(List<String> headers) {
        this.headers = List.copyOf(headers);
    }

    public static CsvTable withHeaders(String... headers) {
        return new CsvTable(Arrays.asList(headers));
    }

    public static CsvTable withHeaders(List<String> headers) {
        return new CsvTable(headers);
    }

    /** Adds a row; {@code null} becomes an empty cell, a {@link Number} is written as is, anything else as text. */
    public CsvTable row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("A row of " + cells.length + " cells in a table of " + headers.size()
                    + " columns");
        }
        rows.add(Arrays.stream(cells).map(CsvTable::cell).toList());
        return this;
    }

    public int size() {
        return rows.size();
    }

    /** The table as CSV text, headers first, lines ending in CRLF. */
    public String text() {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(headers.stream().map(CsvTable::safe).toList());
            for (List<String> row : rows) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A text value as a spreadsheet will show it, never run it. */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        return safe(value.toString());
    }
}
