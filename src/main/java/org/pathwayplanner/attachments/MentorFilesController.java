package org.pathwayplanner.attachments;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.pathwayplanner.pathways.MentorPathways;
import org.pathwayplanner.pathways.MentorPathways.MentorPathway;
import org.pathwayplanner.security.MentorSessions.Mentor;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mentor's files ({@code /mentor/files}, behind the mentors' door): the files on the one pathway the mentor was
 * invited to, and the form to attach one while it is under way, with the limits and checks of every upload.
 */
@Controller
class MentorFilesController {

    static final String PAGE = "attachments/mentorFiles";

    private final MentorPathways pathways;
    private final PathwayFiles files;
    private final FileSettings settings;
    private final MessageSource messages;

    MentorFilesController(MentorPathways pathways, PathwayFiles files, FileSettings settings,
            MessageSource messages) {
        this.pathways = pathways;
        this.files = files;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/mentor/files")
    String files(@AuthenticationPrincipal Mentor mentor, Model model) {
        MentorPathway pathway = pathways.of(mentor);
        model.addAttribute("mentor", mentor);
        model.addAttribute("pathway", pathway);
        model.addAttribute("files", files.onMentorsPathway(pathway.id()));
        model.addAttribute("room", Math.max(0, settings.maxFilesPerPathway() - files.onMentorsPathway(pathway.id())
                .size()));
        model.addAttribute("maxFileSize", settings.maxFileSize().toBytes());
        model.addAttribute("acceptedKinds", EvidenceFileTypes.LISTED);
        return PAGE;
    }

    @PostMapping("/mentor/files")
    String upload(@AuthenticationPrincipal Mentor mentor,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "description", required = false) String description, Model model,
            HttpServletResponse response, RedirectAttributes redirect, Locale locale) throws IOException {
        MentorPathway pathway = pathways.of(mentor);
        try {
            if (!pathway.active()) {
                throw new FileRefused("files.refused.notActive", "Files are attached while the pathway is under way.",
                        false);
            }
            if (file != null && file.getSize() > settings.maxFileSize().toBytes()) {
                // refused before its bytes are read into memory
                throw PathwayFiles.tooLarge(settings.maxFileSize().toBytes());
            }
            IncomingFile incoming = new IncomingFile(file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes(), description);
            PathwayFiles.FileLine attached = files.attach(pathway.id(),
                    new Uploader.Mentor(mentor.email(), mentor.name(), pathway.studentId(), pathway.title()), incoming);
            redirect.addFlashAttribute("attached", attached.fileName());
            return "redirect:/mentor/files";
        } catch (FileRefused refused) {
            response.setStatus(refused.tooLarge() ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
                    : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("fileError", messages.getMessage(refused.messageKey(), refused.arguments(),
                    refused.getMessage(), locale));
            model.addAttribute("descriptionValue", description);
            return files(mentor, model);
        }
    }
}
