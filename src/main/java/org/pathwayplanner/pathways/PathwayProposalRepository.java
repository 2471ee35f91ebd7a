package org.pathwayplanner.pathways;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PathwayProposalRepository extends JpaRepository<PathwayProposal, Long> {
    List<PathwayProposal> findByStudentIdOrderByCreatedAtDesc(long studentId);
}
