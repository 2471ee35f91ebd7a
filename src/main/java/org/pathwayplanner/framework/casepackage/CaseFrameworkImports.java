package org.pathwayplanner.framework.casepackage;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.pathwayplanner.exchange.DataExchange.Direction;
import org.pathwayplanner.exchange.DataExchange.Outcome;
import org.pathwayplanner.exchange.DataExchangeLog;
import org.pathwayplanner.exchange.ImportCounts;
import org.pathwayplanner.exchange.ImportProblem;
import org.pathwayplanner.exchange.ImportProblems;
import org.pathwayplanner.framework.FrameworkImport;
import org.pathwayplanner.framework.FrameworkImport.Result;
import org.pathwayplanner.framework.casepackage.CaseImportPreviews.Preview;
import org.pathwayplanner.framework.casepackage.ItemTypeMapping.TypeFound;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * An administrator's import of a CASE package, step by step: upload (read, kept), mapping (which item types become
 * which kinds), dry run (what would change, every problem), import (exactly what the dry run showed, checked by hash
 * and counts, all of it or nothing). Every dry run, import and refusal goes into the data exchange log.
 */
@Service
public class CaseFrameworkImports {

    static final String FORMAT = "CASE 1.1";

    /** An upload read: its token for the next steps, or the problems that stop it. */
    record Upload(String token, ImportProblems problems) {
    }

    /** The mapping step: the types found and the guessed (or last chosen) mapping. */
    record Mapping(String fileName, String documentTitle, List<TypeFound> types, ItemTypeMapping mapping) {
    }

    /** A dry run or an import: the counts, the problems, associations left aside, and the hash to import with. */
    record Step(String fileName, ImportCounts counts, ImportProblems problems, int associationsLeftAside,
            String hash, boolean written) {
    }

    private final CaseImportPreviews previews;
    private final FrameworkImport frameworkImport;
    private final DataExchangeLog log;
    private final long maxBytes;

    CaseFrameworkImports(CaseImportPreviews previews, FrameworkImport frameworkImport, DataExchangeLog log,
            @Value("${pathway-planner.imports.framework.max-size:1000000B}") DataSize maxSize) {
        this.previews = previews;
        this.frameworkImport = frameworkImport;
        this.log = log;
        this.maxBytes = maxSize.toBytes();
    }

    long maxBytes() {
        return maxBytes;
    }

    Upload upload(String actor, String fileName, byte[] bytes) {
        ImportProblems problems = new ImportProblems();
        if (bytes.length > maxBytes) {
            problems.add(ImportProblem.ofFile(fileName, "case.problem.tooLarge", maxBytes / 1000));
        } else {
            CasePackageReader.read(fileName, bytes, problems);
        }
        if (!problems.isEmpty()) {
            log.record(actor, Direction.DRY_RUN, FORMAT, fileName, Outcome.REFUSED, firstProblem(problems));
            return new Upload(null, problems);
        }
        return new Upload(previews.keep(actor, fileName, bytes), problems);
    }

    Mapping mapping(String token, String actor) {
        Preview preview = preview(token, actor);
        CfPackage pkg = read(preview);
        List<TypeFound> types = new PackageSorting(pkg, preview.fileName()).types();
        ItemTypeMapping mapping = preview.mapping() != null ? preview.mapping() : ItemTypeMapping.guess(types);
        return new Mapping(preview.fileName(), pkg.document().title(), types, mapping);
    }

    Step dryRun(String token, String actor, ItemTypeMapping mapping) {
        Preview preview = preview(token, actor);
        ImportProblems problems = new ImportProblems();
        PackageSorting.Sorted sorted = new PackageSorting(read(preview), preview.fileName()).sort(mapping, problems);
        Result result;
        try {
            result = frameworkImport.dryRun(sorted.framework(), preview.fileName());
        } catch (RuntimeException failed) {
            log.record(actor, Direction.DRY_RUN, FORMAT, preview.fileName(), Outcome.FAILED,
                    "dry run failed: " + failed.getClass().getSimpleName());
            throw failed;
        }
        result.problems().list().forEach(problems::add);
        String hash = hash(preview.bytes(), mapping);
        previews.previewed(token, mapping, hash, result.counts().summary());
        log.record(actor, Direction.DRY_RUN, FORMAT, preview.fileName(),
                problems.isEmpty() ? Outcome.DONE : Outcome.REFUSED,
                problems.isEmpty() ? result.counts().summary() : problems.count() + " problems: " + firstProblem(problems));
        return new Step(preview.fileName(), result.counts(), problems, sorted.associationsLeftAside(), hash, false);
    }

    /** Imports what the dry run with {@code hash} showed; refused when the hash or the counts differ. */
    Step importNow(String token, String actor, String hash) {
        Preview preview = preview(token, actor);
        ImportProblems problems = new ImportProblems();
        if (preview.hash() == null || !preview.hash().equals(hash)) {
            problems.add(ImportProblem.ofFile(preview.fileName(), "case.problem.notPreviewed"));
            log.record(actor, Direction.IMPORT, FORMAT, preview.fileName(), Outcome.REFUSED, "not the file dry-run");
            return new Step(preview.fileName(), new ImportCounts(), problems, 0, hash, false);
        }
        PackageSorting.Sorted sorted = new PackageSorting(read(preview), preview.fileName())
                .sort(preview.mapping(), problems);
        if (!problems.isEmpty()) {
            log.record(actor, Direction.IMPORT, FORMAT, preview.fileName(), Outcome.REFUSED,
                    problems.count() + " problems: " + firstProblem(problems));
            return new Step(preview.fileName(), new ImportCounts(), problems, 0, hash, false);
        }
        Result result;
        try {
            result = frameworkImport.importNow(sorted.framework(), preview.fileName(), preview.summary());
        } catch (RuntimeException failed) {
            log.record(actor, Direction.IMPORT, FORMAT, preview.fileName(), Outcome.FAILED,
                    "nothing imported: " + failed.getClass().getSimpleName());
            throw failed;
        }
        result.problems().list().forEach(problems::add);
        if (!problems.isEmpty() || !result.written()) {
            log.record(actor, Direction.IMPORT, FORMAT, preview.fileName(), Outcome.REFUSED,
                    problems.count() + " problems: " + firstProblem(problems));
            return new Step(preview.fileName(), result.counts(), problems, sorted.associationsLeftAside(), hash,
                    false);
        }
        previews.forget(token);
        log.record(actor, Direction.IMPORT, FORMAT, preview.fileName(), Outcome.DONE, result.counts().summary());
        return new Step(preview.fileName(), result.counts(), problems, sorted.associationsLeftAside(), hash, true);
    }

    private Preview preview(String token, String actor) {
        return previews.find(token, actor)
                .orElseThrow(() -> new NoSuchElementException("No uploaded CASE package " + token));
    }

    private static CfPackage read(Preview preview) {
        ImportProblems problems = new ImportProblems();
        Optional<CfPackage> pkg = CasePackageReader.read(preview.fileName(), preview.bytes(), problems);
        return pkg.orElseThrow(() -> new IllegalStateException("A kept package no longer reads"));
    }

    static String hash(byte[] bytes, ItemTypeMapping mapping) {
        return CaseChangeStamps.sha256(new String(bytes, StandardCharsets.UTF_8) + "\n--\n" + mapping.text());
    }

    private static String firstProblem(ImportProblems problems) {
        if (problems.isEmpty()) {
            return "";
        }
        ImportProblem p = problems.list().get(0);
        return p.column() + " " + p.key() + " " + p.args();
    }
}
