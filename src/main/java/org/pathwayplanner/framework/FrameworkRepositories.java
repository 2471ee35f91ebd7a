package org.pathwayplanner.framework;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContentAreaRepository extends JpaRepository<ContentArea, Long> {
    Optional<ContentArea> findByCode(String code);

    List<ContentArea> findAllByOrderByNameAsc();
}

interface StateStandardRepository extends JpaRepository<StateStandard, Long> {
    Optional<StateStandard> findByCode(String code);

    List<StateStandard> findAllByOrderByCodeAsc();
}

interface CompetencyRepository extends JpaRepository<Competency, Long> {
    Optional<Competency> findByCode(String code);

    long countByRetiredFalse();

    @Query("select distinct c from Competency c left join fetch c.contentArea order by c.code")
    List<Competency> findAllWithArea();

    @Query(value = "select competency_id, prerequisite_id from competency_prerequisite", nativeQuery = true)
    List<Object[]> prerequisiteEdges();

    /** The edges between competencies in use: a retired competency no longer locks or unlocks anything. */
    @Query(value = """
            select e.competency_id, e.prerequisite_id from competency_prerequisite e
              join competency c on c.id = e.competency_id
              join competency p on p.id = e.prerequisite_id
             where c.retired = false and p.retired = false""", nativeQuery = true)
    List<Object[]> activePrerequisiteEdges();

    @Query(value = "select competency_id, standard_id from competency_standard", nativeQuery = true)
    List<Object[]> standardAlignments();
}

interface LearningObjectiveRepository extends JpaRepository<LearningObjective, Long> {
    boolean existsByCode(String code);

    @Query("select o from LearningObjective o join fetch o.competency order by o.competency.id, o.position")
    List<LearningObjective> findAllWithCompetency();
}

interface ProficiencyScaleRepository extends JpaRepository<ProficiencyScale, Long> {
}
