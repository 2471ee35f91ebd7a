package org.pathwayplanner.attachments;

import java.util.List;
import org.pathwayplanner.people.Viewer;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A pathway's files for other systems (HTTP Basic): the list and each file, to whoever may see the student. */
@RestController
@RequestMapping("/api/pathways/{pathwayId}/files")
class PathwayFilesApiController {

    private final PathwayFiles files;

    PathwayFilesApiController(PathwayFiles files) {
        this.files = files;
    }

    @GetMapping
    List<PathwayFiles.FileLine> list(@PathVariable long pathwayId, Authentication who) {
        return files.onPathway(Viewer.of(who), pathwayId).files();
    }

    @GetMapping("/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable long pathwayId, @PathVariable long fileId, Authentication who) {
        return FileDownload.of(files.download(Viewer.of(who), pathwayId, fileId));
    }
}
