package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.pathwayplanner.people.NameSearch;

/**
 * Fills in the search keys (V61) of the people already in the database, normalized by {@link NameSearch} in Java:
 * stripping accents is not written the same way in H2 and PostgreSQL, and the keys must be exactly those the
 * application writes.
 */
public class V62__people_search_keys_filled extends BaseJavaMigration {

    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        fill(connection, "select id, first_name, last_name, null from student",
                "update student set search_first = ?, search_last = ? where id = ?", false);
        fill(connection, "select id, first_name, last_name, email from guardian",
                "update guardian set search_first = ?, search_last = ?, search_email = ? where id = ?", true);
        fill(connection, "select id, first_name, last_name, email from staff_member",
                "update staff_member set search_first = ?, search_last = ?, search_email = ? where id = ?", true);
    }

    private static void fill(Connection connection, String select, String update, boolean withEmail) throws Exception {
        try (Statement read = connection.createStatement(); ResultSet rows = read.executeQuery(select);
                PreparedStatement write = connection.prepareStatement(update)) {
            int pending = 0;
            while (rows.next()) {
                int column = 1;
                write.setString(column++, NameSearch.key(rows.getString(2)));
                write.setString(column++, NameSearch.key(rows.getString(3)));
                if (withEmail) {
                    write.setString(column++, NameSearch.emailKey(rows.getString(4)));
                }
                write.setLong(column, rows.getLong(1));
                write.addBatch();
                if (++pending == BATCH) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }
}
