package org.pathwayplanner.pathways;

import java.math.BigDecimal;

/**
 * A number of hours, in quarter hours (2, 2.25, 2.5, 2.75): planned for a pathway or logged on it. Kept
 * exactly — anything that is not a whole number of quarter hours is refused, never rounded.
 */
record Hours(BigDecimal value) {

    private static final BigDecimal QUARTER = new BigDecimal("0.25");

    Hours {
        if (value == null) {
            throw new IllegalArgumentException("Give the hours");
        }
        if (value.remainder(QUARTER).signum() != 0) {
            throw new IllegalArgumentException("Give hours in quarter hours (such as 2, 2.25, 2.5 or 2.75), not "
                    + value.toPlainString());
        }
        value = plain(value);
    }

    /** The hours a form field or request gives, or a refusal beside that field. */
    static Hours of(BigDecimal value, String field) {
        try {
            return new Hours(value);
        } catch (IllegalArgumentException e) {
            throw new ProposalFieldException(field, "quarterHours", e.getMessage(),
                    value == null ? "" : value.toPlainString());
        }
    }

    Hours plus(Hours more) {
        return new Hours(value.add(more.value));
    }

    boolean isBetween(String least, String most) {
        return value.compareTo(new BigDecimal(least)) >= 0 && value.compareTo(new BigDecimal(most)) <= 0;
    }

    /** Without trailing zeros and never in exponent notation: 2.5, 40, 100 (not 2.50 or 1E+2). */
    static BigDecimal plain(BigDecimal hours) {
        if (hours == null) {
            return null;
        }
        BigDecimal stripped = hours.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
