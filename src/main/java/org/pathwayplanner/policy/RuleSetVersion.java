package org.pathwayplanner.policy;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** One published version of the district's rules: its files, who published it, when and why. Never changed. */
@Entity
@Table(name = "rule_set_version")
public class RuleSetVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int versionNo;
    private String contentHash;
    private String author;
    private Instant createdAt;
    private String comment;
    private boolean active;
    private Integer basedOn;
    private String impactSummary;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rule_file", joinColumns = @JoinColumn(name = "version_id"))
    @MapKeyColumn(name = "file_name")
    @Column(name = "content")
    private Map<String, String> files = new TreeMap<>();

    protected RuleSetVersion() {
    }

    RuleSetVersion(int versionNo, Map<String, String> files, String contentHash, String author, String comment,
            Integer basedOn, Instant at) {
        this.versionNo = versionNo;
        this.files = new TreeMap<>(files);
        this.contentHash = contentHash;
        this.author = author;
        this.comment = comment;
        this.basedOn = basedOn;
        this.createdAt = at;
    }

    void activate() {
        this.active = true;
    }

    void deactivate() {
        this.active = false;
    }

    /** An impact summary as the column holds it (2000 characters). */
    static String shortened(String summary) {
        return summary == null || summary.length() <= 2000 ? summary : summary.substring(0, 1997) + "...";
    }

    public Long getId() {
        return id;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getComment() {
        return comment;
    }

    public boolean isActive() {
        return active;
    }

    public Integer getBasedOn() {
        return basedOn;
    }

    public String getImpactSummary() {
        return impactSummary;
    }

    public Map<String, String> getFiles() {
        return Collections.unmodifiableMap(files);
    }
}
