package org.pathwayplanner.attachments;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code pathway-planner.files.*}: where the bytes of evidence files are kept and how many and how large they may be.
 *
 * @param store              {@code database} (a table of their own, the default: one backup holds everything) or
 *                           {@code folder} (files under {@code folder}, for a district whose database should stay small)
 * @param folder             the folder of the {@code folder} store; made at the first upload if missing
 * @param maxFileSize        the largest file taken
 * @param maxFilesPerPathway how many files one pathway may hold
 */
@ConfigurationProperties("pathway-planner.files")
record FileSettings(@DefaultValue("database") Store store, @DefaultValue("./data/files") Path folder,
        @DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("20") int maxFilesPerPathway) {

    enum Store { DATABASE, FOLDER }

    FileSettings {
        if (maxFileSize.toBytes() < 1 || maxFilesPerPathway < 1) {
            throw new IllegalArgumentException("pathway-planner.files: max-file-size and max-files-per-pathway must be"
                    + " positive, not " + maxFileSize + " and " + maxFilesPerPathway);
        }
    }
}
