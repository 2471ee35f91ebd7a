package org.pathwayplanner.pathways;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PathwayProposalRepository extends JpaRepository<PathwayProposal, Long> {
    List<PathwayProposal> findByStudentIdOrderByCreatedAtDesc(long studentId);

    List<PathwayProposal> findByStudentIdAndStatus(long studentId, ProposalStatus status);

    List<PathwayProposal> findByStatus(ProposalStatus status);

    /** The proposal, locked until the transaction ends: decisions on one proposal are taken one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from PathwayProposal p where p.id = ?1")
    Optional<PathwayProposal> findForDecision(long id);

    @Query("select d from ProposalDecision d where d.taskId = ?1")
    Optional<ProposalDecision> decisionOfTask(String taskId);
}
