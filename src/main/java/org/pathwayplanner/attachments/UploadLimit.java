package org.pathwayplanner.attachments;

import org.pathwayplanner.web.LargerRequestBody;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * An upload may be as large as the largest file taken plus a megabyte for the form around it; anything larger is
 * refused with 413 before it is read. A file between the two is refused by {@link PathwayFiles} in the reader's
 * language (413 as well).
 */
@Configuration
class UploadLimit {

    @Bean
    LargerRequestBody evidenceFileUploads(FileSettings settings) {
        return new LargerRequestBody("POST", "/pathways/{pathwayId}/files",
                DataSize.ofBytes(settings.maxFileSize().toBytes() + DataSize.ofMegabytes(1).toBytes()));
    }
}
