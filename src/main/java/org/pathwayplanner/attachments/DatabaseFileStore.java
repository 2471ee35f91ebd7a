package org.pathwayplanner.attachments;

import java.util.NoSuchElementException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The bytes in a table of their own ({@code pathway_file_content}), written in the same transaction as the line. */
@Component
class DatabaseFileStore implements FileStore {

    private final JdbcTemplate jdbc;

    DatabaseFileStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public FileSettings.Store name() {
        return FileSettings.Store.DATABASE;
    }

    @Override
    public void put(long fileId, String key, byte[] content) {
        jdbc.update("insert into pathway_file_content (file_id, content) values (?, ?)", fileId, content);
    }

    @Override
    public byte[] get(long fileId, String key) {
        return jdbc.query("select content from pathway_file_content where file_id = ?",
                (rs, row) -> rs.getBytes(1), fileId).stream().findFirst()
                .orElseThrow(() -> new NoSuchElementException("The content of file " + fileId + " is missing"));
    }
}
