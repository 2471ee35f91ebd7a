package org.pathwayplanner.framework.casepackage;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Optional;
import org.pathwayplanner.exchange.ImportProblem;
import org.pathwayplanner.exchange.ImportProblems;

/**
 * Reads an uploaded CASE package leniently: unknown fields are ignored, a single value stands for a list, missing
 * optional fields are fine. What cannot be read is one problem with the line and column where the reading stopped.
 */
final class CasePackageReader {

    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private CasePackageReader() {
    }

    static Optional<CfPackage> read(String file, byte[] bytes, ImportProblems problems) {
        if (bytes.length == 0) {
            problems.add(ImportProblem.ofFile(file, "case.problem.empty"));
            return Optional.empty();
        }
        try {
            CfPackage pkg = LENIENT.readValue(bytes, CfPackage.class);
            if (pkg == null || pkg.document() == null || blank(pkg.document().identifier())) {
                problems.add(ImportProblem.ofFile(file, "case.problem.noDocument"));
                return Optional.empty();
            }
            return Optional.of(pkg);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(ImportProblem.at(file, at == null ? 0 : at.getLineNr(),
                    at == null ? "" : String.valueOf(at.getColumnNr()), "case.problem.notJson", e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(ImportProblem.ofFile(file, "case.problem.notJson", e.getMessage()));
            return Optional.empty();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
