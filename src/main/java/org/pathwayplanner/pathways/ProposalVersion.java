package org.pathwayplanner.pathways;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One submitted version of a proposal, as the reviewers saw it: a snapshot of every field the student
 * filled in, its number, who submitted it and when. Never changed once written.
 */
@Entity
@Table(name = "pathway_proposal_version")
public class ProposalVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "proposal_id")
    private PathwayProposal proposal;
    private int versionNumber;
    private String submittedBy;
    private Instant submittedAt;
    @jakarta.persistence.Convert(converter = PathwayType.Column.class)
    private PathwayType pathwayType;
    private String title;
    private String description;
    private String provider;
    private String mentorName;
    private String mentorContact;
    private LocalDate startDate;
    private LocalDate endDate;
    private BigDecimal plannedHours;
    private boolean offCampus;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Transport transport;
    private String transportNote;
    private String evidencePlan;
    private BigDecimal requestedCredits;
    private Long creditAreaId;

    @ElementCollection
    @CollectionTable(name = "pathway_proposal_version_competency", joinColumns = @JoinColumn(name = "version_id"))
    @Column(name = "competency_id")
    private Set<Long> competencyIds = new LinkedHashSet<>();

    protected ProposalVersion() {
    }

    ProposalVersion(PathwayProposal proposal, int versionNumber, String submittedBy, Instant submittedAt) {
        this.proposal = proposal;
        this.versionNumber = versionNumber;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.pathwayType = proposal.getPathwayType();
        this.title = proposal.getTitle();
        this.description = proposal.getDescription();
        this.provider = proposal.getProvider();
        this.mentorName = proposal.getMentorName();
        this.mentorContact = proposal.getMentorContact();
        this.startDate = proposal.getStartDate();
        this.endDate = proposal.getEndDate();
        this.plannedHours = proposal.getPlannedHours();
        this.offCampus = proposal.isOffCampus();
        this.transport = proposal.getTransport();
        this.transportNote = proposal.getTransportNote();
        this.evidencePlan = proposal.getEvidencePlan();
        this.requestedCredits = proposal.getRequestedCredits();
        this.creditAreaId = proposal.getCreditAreaId();
        this.competencyIds.addAll(proposal.getCompetencyIds());
    }

    /** The names of the fields that differ from an earlier version, in the order of the form. */
    public List<String> changedSince(ProposalVersion earlier) {
        List<String> changed = new ArrayList<>();
        compare(changed, "type", earlier.pathwayType, pathwayType);
        compare(changed, "title", earlier.title, title);
        compare(changed, "description", earlier.description, description);
        compare(changed, "provider", earlier.provider, provider);
        compare(changed, "mentorName", earlier.mentorName, mentorName);
        compare(changed, "mentorContact", earlier.mentorContact, mentorContact);
        compare(changed, "startDate", earlier.startDate, startDate);
        compare(changed, "endDate", earlier.endDate, endDate);
        if (!sameAmount(earlier.plannedHours, plannedHours)) {
            changed.add("plannedHours");
        }
        compare(changed, "offCampus", earlier.offCampus, offCampus);
        compare(changed, "transport", earlier.transport, transport);
        compare(changed, "transportNote", earlier.transportNote, transportNote);
        compare(changed, "evidencePlan", earlier.evidencePlan, evidencePlan);
        if (!sameAmount(earlier.requestedCredits, requestedCredits)) {
            changed.add("requestedCredits");
        }
        compare(changed, "creditArea", earlier.creditAreaId, creditAreaId);
        compare(changed, "competencies", Set.copyOf(earlier.competencyIds), Set.copyOf(competencyIds));
        return changed;
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(blankAsNull(before), blankAsNull(after))) {
            changed.add(field);
        }
    }

    private static Object blankAsNull(Object value) {
        return value instanceof String s && s.isBlank() ? null : value;
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public PathwayType getPathwayType() {
        return pathwayType;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getProvider() {
        return provider;
    }

    public String getMentorName() {
        return mentorName;
    }

    public String getMentorContact() {
        return mentorContact;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public BigDecimal getPlannedHours() {
        return Hours.plain(plannedHours);
    }

    public boolean isOffCampus() {
        return offCampus;
    }

    public Transport getTransport() {
        return transport;
    }

    public String getTransportNote() {
        return transportNote;
    }

    public String getEvidencePlan() {
        return evidencePlan;
    }

    public BigDecimal getRequestedCredits() {
        return requestedCredits;
    }

    public Long getCreditAreaId() {
        return creditAreaId;
    }

    public Set<Long> getCompetencyIds() {
        return Collections.unmodifiableSet(competencyIds);
    }
}
