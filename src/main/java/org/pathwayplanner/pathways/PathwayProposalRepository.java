package org.pathwayplanner.pathways;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PathwayProposalRepository extends JpaRepository<PathwayProposal, Long> {
    List<PathwayProposal> findByStudentIdOrderByCreatedAtDesc(long studentId);

    List<PathwayProposal> findByStudentIdAndStatus(long studentId, ProposalStatus status);

    List<PathwayProposal> findByStatus(ProposalStatus status);
}
