package org.pathwayplanner.framework;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The district's ordered proficiency levels and the level at or above which a student has mastered
 * something. Districts rename levels and move the threshold; both are checked here.
 */
@Entity
@Table(name = "proficiency_scale")
public class ProficiencyScale {

    public static final long DISTRICT_SCALE = 1L;

    @Id
    private Long id;
    private String name;
    private int masteryThreshold;
    private String caseIdentifier;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "proficiency_level", joinColumns = @JoinColumn(name = "scale_id"))
    @OrderBy("value")
    private List<ProficiencyLevel> levels = new ArrayList<>();

    protected ProficiencyScale() {
    }

    public ProficiencyScale(String name, List<ProficiencyLevel> levels, int masteryThreshold) {
        this.id = DISTRICT_SCALE;
        this.name = name;
        this.caseIdentifier = CaseIdentifier.of("proficiency-scale", "district");
        this.levels = new ArrayList<>(levels);
        this.levels.sort(Comparator.comparingInt(ProficiencyLevel::value));
        moveThresholdTo(masteryThreshold);
    }

    /** 1 Beginning, 2 Developing, 3 Proficient, 4 Advanced; mastery at 3. */
    public static ProficiencyScale standardFourLevels() {
        return new ProficiencyScale("Four-level proficiency scale", List.of(
                new ProficiencyLevel(1, "Beginning", "Beginning to show understanding with support"),
                new ProficiencyLevel(2, "Developing", "Shows partial understanding; not yet independent"),
                new ProficiencyLevel(3, "Proficient", "Meets the competency independently"),
                new ProficiencyLevel(4, "Advanced", "Exceeds the competency; applies it in new situations")), 3);
    }

    public void moveThresholdTo(int level) {
        if (!contains(level)) {
            throw new IllegalArgumentException("The mastery threshold must be one of the scale's levels ("
                    + minLevel() + "-" + maxLevel() + "), not " + level);
        }
        this.masteryThreshold = level;
    }

    public void rename(int level, String label) {
        ProficiencyLevel current = levels.stream().filter(l -> l.value() == level).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The scale has no level " + level));
        levels.set(levels.indexOf(current), new ProficiencyLevel(level, label, current.description()));
    }

    /** Re-cuts the scale with a new level above the highest one; returns its value. */
    public int addLevelAbove(String label, String description) {
        int value = maxLevel() + 1;
        levels.add(new ProficiencyLevel(value, label, description));
        return value;
    }

    /** Re-cuts the scale with a new level below the lowest one (never below 0); returns its value. */
    public int addLevelBelow(String label, String description) {
        if (minLevel() == 0) {
            throw ChangeRefused.because("position", "admin.error.scaleFloor",
                    "The lowest level is already 0; a level cannot go below it");
        }
        int value = minLevel() - 1;
        levels.add(0, new ProficiencyLevel(value, label, description));
        return value;
    }

    /**
     * Re-cuts the scale without {@code level}. Only the lowest or the highest level can go (a level in
     * between would leave a gap the recorded scores fall into), never the mastery threshold and never the
     * last two levels; scores recorded at the level are checked by the caller.
     */
    public void removeLevel(int level) {
        if (!contains(level)) {
            throw ChangeRefused.because("level", "admin.error.noLevel", "The scale has no level " + level, level);
        }
        if (levels.size() <= 2) {
            throw ChangeRefused.because("level", "admin.error.scaleTooShort", "A scale needs at least two levels");
        }
        if (level != minLevel() && level != maxLevel()) {
            throw ChangeRefused.because("level", "admin.error.levelInBetween",
                    "Only the lowest or the highest level can be removed; level " + level + " is in between", level);
        }
        if (level == masteryThreshold) {
            throw ChangeRefused.because("level", "admin.error.levelIsThreshold",
                    "Level " + level + " is the mastery threshold; move the threshold first", level);
        }
        levels.removeIf(l -> l.value() == level);
    }

    public boolean contains(int level) {
        return levels.stream().anyMatch(l -> l.value() == level);
    }

    public String labelOf(int level) {
        return levels.stream().filter(l -> l.value() == level).map(ProficiencyLevel::label).findFirst()
                .orElse(String.valueOf(level));
    }

    public int minLevel() {
        return levels.get(0).value();
    }

    public int maxLevel() {
        return levels.get(levels.size() - 1).value();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCaseIdentifier() {
        return caseIdentifier == null ? CaseIdentifier.of("proficiency-scale", "district") : caseIdentifier;
    }

    public int getMasteryThreshold() {
        return masteryThreshold;
    }

    public List<ProficiencyLevel> getLevels() {
        return Collections.unmodifiableList(levels);
    }
}
