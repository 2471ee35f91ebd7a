package org.pathwayplanner.evidence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    boolean existsBySupersedesId(long evidenceId);

    /** The evidence with its scores read in the same query. */
    @Query("select e from Evidence e left join fetch e.scores where e.id = :id")
    Optional<Evidence> findWithScores(@Param("id") long id);

    List<Evidence> findByStudentIdOrderByAssessedOnDescIdDesc(long studentId);
}
