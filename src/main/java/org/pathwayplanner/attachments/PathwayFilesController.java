package org.pathwayplanner.attachments;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.pathwayplanner.people.Viewer;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A pathway's files: the list, the upload form for those who may attach, and each file's download. */
@Controller
class PathwayFilesController {

    static final String PAGE = "attachments/pathwayFiles";

    private final PathwayFiles files;
    private final FileSettings settings;
    private final MessageSource messages;

    PathwayFilesController(PathwayFiles files, FileSettings settings, MessageSource messages) {
        this.files = files;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/pathways/{pathwayId}/files")
    String files(@PathVariable long pathwayId, Authentication who, Model model) {
        model.addAttribute("onPathway", files.onPathway(Viewer.of(who), pathwayId));
        return PAGE;
    }

    @PostMapping("/pathways/{pathwayId}/files")
    String upload(@PathVariable long pathwayId, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "description", required = false) String description, Authentication who,
            Model model, HttpServletResponse response, RedirectAttributes redirect,
            java.util.Locale locale) throws IOException {
        Viewer viewer = Viewer.of(who);
        try {
            if (file != null && file.getSize() > settings.maxFileSize().toBytes()) {
                // refused before its bytes are read into memory
                throw PathwayFiles.tooLarge(settings.maxFileSize().toBytes());
            }
            IncomingFile incoming = new IncomingFile(file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes(), description);
            PathwayFiles.FileLine attached = files.attach(viewer, pathwayId, incoming);
            redirect.addFlashAttribute("attached", attached.fileName());
            return "redirect:/pathways/" + pathwayId + "/files";
        } catch (FileRefused refused) {
            response.setStatus(refused.tooLarge() ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
                    : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("fileError", messages.getMessage(refused.messageKey(), refused.arguments(),
                    refused.getMessage(), locale));
            model.addAttribute("descriptionValue", description);
            model.addAttribute("onPathway", files.onPathway(viewer, pathwayId));
            return PAGE;
        }
    }

    @GetMapping("/pathways/{pathwayId}/files/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable long pathwayId, @PathVariable long fileId, Authentication who) {
        return FileDownload.of(files.download(Viewer.of(who), pathwayId, fileId));
    }
}
