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

    /** The evidence of these students that counts (nothing supersedes it), with its scores, oldest first. */
    @Query("""
            select distinct e from Evidence e left join fetch e.scores
             where e.studentId in :students
               and not exists (select n.id from Evidence n where n.supersedesId = e.id)
             order by e.studentId, e.assessedOn, e.id""")
    List<Evidence> findCurrentWithScores(@Param("students") java.util.Collection<Long> students);
}
