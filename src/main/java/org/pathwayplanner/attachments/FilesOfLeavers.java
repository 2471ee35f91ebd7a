package org.pathwayplanner.attachments;

import java.util.List;
import java.util.Map;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.StudentRecordsKeeper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A leaver's files on their pathways: their lines and bytes go with the rest of their records (in the folder store,
 * the files are deleted once the deletion commits).
 */
@Component
class FilesOfLeavers implements StudentRecordsKeeper {

    private final JdbcTemplate jdbc;
    private final FolderFileStore folder;

    FilesOfLeavers(JdbcTemplate jdbc, FolderFileStore folder) {
        this.jdbc = jdbc;
        this.folder = folder;
    }

    @Override
    public Map<String, Long> countsOf(StudentView student) {
        return Map.of("pathwayFiles", jdbc.queryForObject("select count(*) from pathway_file where student_id = ?",
                Long.class, student.id()));
    }

    @Override
    public void deleteRecordsOf(StudentView student) {
        List<String> inFolder = jdbc.queryForList("select storage_key from pathway_file where student_id = ? and store"
                + " = 'FOLDER'", String.class, student.id());
        jdbc.update("delete from pathway_file_content where file_id in (select id from pathway_file where student_id"
                + " = ?)", student.id());
        jdbc.update("delete from pathway_file where student_id = ?", student.id());
        inFolder.forEach(folder::deleteOnCommit);
    }
}
