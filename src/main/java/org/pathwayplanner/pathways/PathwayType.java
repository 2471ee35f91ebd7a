package org.pathwayplanner.pathways;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.regex.Pattern;

/**
 * The kind of a flexible pathway, by its code. The kinds are data of the district policy (rules/policy.json, see
 * {@link org.pathwayplanner.rules.PathwayKinds}); the shipped ones are named here because fixtures and older records
 * use them, and their codes never change.
 */
public record PathwayType(String code) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    public static final PathwayType INTERNSHIP = new PathwayType("INTERNSHIP");
    public static final PathwayType APPRENTICESHIP = new PathwayType("APPRENTICESHIP");
    public static final PathwayType ONLINE_COURSE = new PathwayType("ONLINE_COURSE");
    public static final PathwayType COLLEGE_COURSE = new PathwayType("COLLEGE_COURSE");
    public static final PathwayType CAREER_TECHNICAL = new PathwayType("CAREER_TECHNICAL");
    public static final PathwayType SERVICE_LEARNING = new PathwayType("SERVICE_LEARNING");
    public static final PathwayType INDEPENDENT_STUDY = new PathwayType("INDEPENDENT_STUDY");

    public PathwayType {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A kind of pathway is a code such as INTERNSHIP, not " + code);
        }
    }

    /** From a form field or JSON: the code as sent; none for a blank field ("Choose…"). */
    @JsonCreator
    public static PathwayType of(String code) {
        return code == null || code.isBlank() ? null : new PathwayType(code.strip());
    }

    @JsonValue
    @Override
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }

    /** Stored as its code. */
    @Converter
    static class Column implements AttributeConverter<PathwayType, String> {

        @Override
        public String convertToDatabaseColumn(PathwayType type) {
            return type == null ? null : type.code();
        }

        @Override
        public PathwayType convertToEntityAttribute(String code) {
            return code == null ? null : new PathwayType(code);
        }
    }
}
