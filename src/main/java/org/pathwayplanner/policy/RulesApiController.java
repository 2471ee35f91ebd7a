package org.pathwayplanner.policy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import org.pathwayplanner.rules.RuleBuildException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.pathwayplanner.progress.Impact;
import org.pathwayplanner.rules.RuleProblem;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The district's rules for administrators (the security configuration admits only ADMIN to /api/rules). */
@RestController
@RequestMapping("/api/rules")
@Tag(name = "Rules", description = "Versioned district rules: validate, preview, publish, roll back, diff, audit")
class RulesApiController {

    record Draft(@NotEmpty(message = "Send the rule files")
            @Size(max = 50, message = "Send at most 50 rule files") Map<String, String> files) {
    }

    record Change(@NotEmpty(message = "Send the rule files")
            @Size(max = 50, message = "Send at most 50 rule files") Map<String, String> files,
            @NotBlank(message = "Say why the rules change") String comment,
            @PositiveOrZero(message = "Confirm with the number of students the preview found") Integer confirmRevocations) {
    }

    record Reason(@NotBlank(message = "Say why you roll back") String comment) {
    }

    /** A version; {@code rollbackTarget} says whether it may be put back, and if not, why not. */
    record VersionView(int versionNo, String contentHash, String author, Instant createdAt, String comment,
            boolean active, Integer basedOn, String impactSummary, List<String> files, boolean rollbackTarget,
            String notARollbackTargetBecause) {
    }

    /**
     * A preview: the impact's fields, then whether this exact draft may be published, the students it fails (with
     * the error), and the students who would lose a credit or the status "met".
     */
    record PreviewView(@JsonUnwrapped Impact impact, String draftHash, int activeVersionNo, int studentsEvaluated,
            boolean publishable, List<DraftPreview.StudentFailure> failures, int revokedStudents,
            List<DraftPreview.Revocation> revocations) {

        static PreviewView of(DraftPreview p) {
            return new PreviewView(p.impact(), p.draftHash(), p.activeVersionNo(), p.students(), p.passed(),
                    p.failures(), p.revokedStudents(), p.revocations());
        }
    }

    /**
     * A preview over the district in the background: how far it has come, and once it ended the outcome — the preview's
     * fields ({@link PreviewView}) when DONE, the draft's {@code problems} when INVALID, the {@code error} when FAILED;
     * nothing when CANCELLED (nothing was recorded).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PreviewStatus(String id, String state, int done, int total, int percent, boolean cancelling,
            String startedBy, Instant startedAt, @JsonUnwrapped PreviewView preview, List<RuleProblem> problems,
            String error) {

        static PreviewStatus of(DistrictPreviews.Job job) {
            return new PreviewStatus(job.getId(), job.getState(), job.getDone(), job.getTotal(), job.percent(),
                    job.isCancelRequested(), job.getOwner(), job.getStarted(),
                    job.result().map(PreviewView::of).orElse(null),
                    job.state == DistrictPreviews.State.INVALID ? job.getProblems() : null,
                    job.state == DistrictPreviews.State.FAILED ? job.getError() : null);
        }
    }

    /** The rules shipped with this release when they are on offer ({@code offered}), and their diff. */
    record ShippedView(boolean offered, String contentHash, Integer activeVersionNo, Map<String, String> files,
            List<RuleDiff.FileDiff> diff) {
    }

    record Validation(boolean valid, List<RuleProblem> problems) {
    }

    record Published(int versionNo, String message) {
    }

    private final RulePublisher publisher;
    private final ShippedRulesUpgrade upgrade;
    private final MessageSource messages;
    private final DistrictPreviews previews;
    private final PolicySemantics semantics;

    RulesApiController(RulePublisher publisher, ShippedRulesUpgrade upgrade, MessageSource messages,
            DistrictPreviews previews, PolicySemantics semantics) {
        this.previews = previews;
        this.semantics = semantics;
        this.publisher = publisher;
        this.upgrade = upgrade;
        this.messages = messages;
    }

    @GetMapping("/versions")
    @Operation(summary = "Every version, newest first, with whether it may be rolled back to")
    List<VersionView> versions(Locale locale) {
        return publisher.versions().stream().map(v -> {
            String refusal = publisher.rollbackRefusal(v).map(r -> say(r, locale)).orElse(null);
            return new VersionView(v.getVersionNo(), v.getContentHash(), v.getAuthor(), v.getCreatedAt(),
                    v.getComment(), v.isActive(), v.getBasedOn(), v.getImpactSummary(),
                    List.copyOf(v.getFiles().keySet()), refusal == null, refusal);
        }).toList();
    }

    @GetMapping("/versions/{versionNo}/files")
    @Operation(summary = "A version's files (name → text)")
    Map<String, String> files(@PathVariable int versionNo) {
        return publisher.version(versionNo).getFiles();
    }

    @GetMapping("/active/files")
    @Operation(summary = "The files of the version in use")
    Map<String, String> activeFiles() {
        return publisher.activeVersion().getFiles();
    }

    @PostMapping("/validate")
    @Operation(summary = "Compile a draft: every problem with its file and line; nothing changes")
    Validation validate(@Valid @RequestBody Draft draft) {
        List<RuleProblem> problems = publisher.validate(draft.files());
        return new Validation(problems.isEmpty(), problems);
    }

    @PostMapping("/preview")
    @Operation(summary = "Start evaluating every student on a draft, in the background; the answer is 202 with the "
            + "Location of the preview's status (GET /api/rules/previews/{id}), which says how far it has come and, "
            + "once DONE, who would change, who fails (with the error) and who would lose a credit or the status met. "
            + "What needs no compilation is checked in the request (422 with every problem: an unknown method, area "
            + "or kind, a value out of range); a draft that does not compile or fails on the sample ends INVALID with "
            + "its problems. One preview at a time per administrator; only the outcome of a preview that ran to the "
            + "end is kept, for the publish gate")
    @ApiResponses({
            @ApiResponse(responseCode = "202", description = "Started: Location names the preview's status"),
            @ApiResponse(responseCode = "422", description = "The draft names what does not exist or holds a value "
                    + "out of range (each problem with its file and line); nothing was started"),
            @ApiResponse(responseCode = "409", description = "Another preview of yours is under way (Location names "
                    + "it): wait for it or cancel it"),
            @ApiResponse(responseCode = "503", description = "Too many previews wait for their turn; Retry-After")})
    ResponseEntity<Object> preview(@Valid @RequestBody Draft draft, Authentication who) {
        // what needs no compilation is refused here, at once; compiling and the sample run take seconds on a busy
        // server, so they start the preview in the background and end it INVALID with the problems
        List<RuleProblem> meaningless = semantics.check(draft.files());
        if (!meaningless.isEmpty()) {
            throw new RuleBuildException(meaningless);
        }
        DistrictPreviews.Start start = previews.start(who.getName(), PreviewOrigin.api(), draft.files());
        DistrictPreviews.Job job = start.job();
        URI status = URI.create("/api/rules/previews/" + job.getId());
        // the same draft sent again (a client retrying) finds its preview; another draft is not silently dropped
        if (start.alreadyRunning() && !job.draft.equals(draft.files())) {
            ProblemDetail busy = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Your preview started at "
                    + job.getStarted() + " is still under way: wait for it, or cancel it (DELETE " + status
                    + ") and preview again");
            busy.setProperty("preview", status.toString());
            return ResponseEntity.status(HttpStatus.CONFLICT).location(status).body(busy);
        }
        return ResponseEntity.accepted().location(status).body(PreviewStatus.of(job));
    }

    @GetMapping("/previews/{id}")
    @Operation(summary = "A preview in the background: RUNNING (done of total students; total is 0 while the draft "
            + "is checked or waits for its turn), then DONE with the preview's fields (as the impact, draftHash, "
            + "publishable, failures, revocations), INVALID with the draft's problems, FAILED with the error, or "
            + "CANCELLED. Previews are kept for an hour")
    PreviewStatus previewStatus(@PathVariable String id) {
        return PreviewStatus.of(previewJob(id));
    }

    @DeleteMapping("/previews/{id}")
    @Operation(summary = "Cancel your preview: no student starts any more, nothing is recorded, nothing can be "
            + "published from it. 202 while it stops; 403 for another administrator's preview")
    ResponseEntity<PreviewStatus> cancelPreview(@PathVariable String id, Authentication who) {
        DistrictPreviews.Job job = previews.cancel(who.getName(), previewJob(id).getId());
        return ResponseEntity.status(job.isEnded() ? HttpStatus.OK : HttpStatus.ACCEPTED).body(PreviewStatus.of(job));
    }

    /** Too many previews wait for their turn: nothing was started. */
    @ExceptionHandler(DistrictPreviews.Busy.class)
    ResponseEntity<ProblemDetail> previewsBusy(DistrictPreviews.Busy busy) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "120")
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, busy.getMessage()));
    }

    private DistrictPreviews.Job previewJob(String id) {
        return previews.job(id).orElseThrow(() -> new java.util.NoSuchElementException("No such preview: " + id));
    }

    @PostMapping("/publish")
    @Operation(summary = "Publish a draft as the new version: swapped at once, results recomputed in the background. "
            + "Only the exact files whose latest preview passed for every student (422 otherwise); when the preview "
            + "found students who lose a credit or the status met, confirmRevocations must be their number")
    Published publish(@Valid @RequestBody Change change, Authentication who) {
        int version = publisher.publish(who.getName(), change.files(), change.comment(), change.confirmRevocations())
                .versionNo();
        return new Published(version, "Version " + version + " is in use; every student's results are being recomputed");
    }

    @PostMapping("/versions/{versionNo}/rollback")
    @Operation(summary = "Put an earlier version back in use (as a new version)")
    Published rollback(@PathVariable int versionNo, @Valid @RequestBody Reason reason, Authentication who) {
        int version = publisher.rollback(who.getName(), versionNo, reason.comment()).versionNo();
        return new Published(version, "Version " + versionNo + " is back in use as version " + version);
    }

    @GetMapping("/diff")
    @Operation(summary = "Unified diff between two versions, file by file")
    List<RuleDiff.FileDiff> diff(@RequestParam int from, @RequestParam int to) {
        return RuleDiff.between(publisher.version(from).getFiles(), publisher.version(to).getFiles(), "v" + from,
                "v" + to);
    }

    @GetMapping("/audit")
    @Operation(summary = "Who changed the rules, when, why, and the impact")
    List<RuleAuditEntry> audit() {
        return publisher.auditLog();
    }

    @GetMapping("/recomputation")
    @Operation(summary = "The recomputation after the latest publish: RUNNING (students done of total), DONE with "
            + "the impact, or FAILED with the reason")
    RulePublisher.Recomputation recomputation() {
        return publisher.recomputation();
    }

    @GetMapping("/shipped")
    @Operation(summary = "The rules shipped with this release when they differ from the version in use and are new "
            + "to the district: their files (to preview and publish as a draft) and the diff")
    ShippedView shipped() {
        return upgrade.offer().map(o -> new ShippedView(true, o.contentHash(), o.activeVersionNo(), o.files(), o.diff()))
                .orElseGet(() -> new ShippedView(false, null, null, Map.of(), List.of()));
    }

    /** The gate's refusal as a sentence, in the language of the caller's session (English by default). */
    @ExceptionHandler(PublishRefused.class)
    ProblemDetail refused(PublishRefused refused, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, say(refused, locale));
        problem.setProperty("reason", refused.getMessageKey());
        return problem;
    }

    private String say(PublishRefused refused, Locale locale) {
        return messages.getMessage(refused.getMessageKey(), refused.getArguments(), locale);
    }

    @GetMapping("/files")
    @Operation(summary = "The files in use: rule file or decision table, and the version that last changed each")
    List<RulePublisher.FileStatus> fileList() {
        return publisher.files();
    }
}
