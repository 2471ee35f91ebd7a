package org.pathwayplanner.pathways;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;

/** Evidence a student attaches to an active pathway: a link (http or https only) and what it shows. */
@Entity
@Table(name = "pathway_evidence_link")
public class EvidenceLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "proposal_id")
    private PathwayProposal proposal;
    private String url;
    private String description;
    private String addedBy;
    private Instant addedAt;

    protected EvidenceLink() {
    }

    EvidenceLink(PathwayProposal proposal, String url, String description, String addedBy, Instant addedAt) {
        this.proposal = proposal;
        this.url = checkedUrl(url);
        if (description == null || description.isBlank()) {
            throw new ProposalFieldException("description", "evidenceDescription", "Say what the evidence shows");
        }
        if (description.length() > 2000) {
            throw new ProposalFieldException("description", "evidenceDescriptionTooLong", "Describe the evidence in at most 2000 characters");
        }
        this.description = description.strip();
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    /** A web address a reviewer can open safely: absolute, http or https, with a host. */
    static String checkedUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new ProposalFieldException("url", "evidenceLink", "Give the link to the evidence");
        }
        String trimmed = url.strip();
        if (trimmed.length() > 2000) {
            throw new ProposalFieldException("url", "evidenceLinkTooLong", "The link is longer than 2000 characters");
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new ProposalFieldException("url", "evidenceLinkScheme", "The link must start with http:// or https://");
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                throw new ProposalFieldException("url", "evidenceLinkHost", "The link needs a web address after https://");
            }
            return trimmed;
        } catch (URISyntaxException e) {
            throw new ProposalFieldException("url", "evidenceLinkInvalid", "This is not a valid web address");
        }
    }

    public Long getId() {
        return id;
    }

    public String getUrl() {
        return url;
    }

    public String getDescription() {
        return description;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
