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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "proficiency_level", joinColumns = @JoinColumn(name = "scale_id"))
    @OrderBy("value")
    private List<ProficiencyLevel> levels = new ArrayList<>();

    protected ProficiencyScale() {
    }

    public ProficiencyScale(String name, List<ProficiencyLevel> levels, int masteryThreshold) {
        this.id = DISTRICT_SCALE;
        this.name = name;
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

    public int getMasteryThreshold() {
        return masteryThreshold;
    }

    public List<ProficiencyLevel> getLevels() {
        return Collections.unmodifiableList(levels);
    }
}
