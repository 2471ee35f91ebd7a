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
}

interface CompetencyRepository extends JpaRepository<Competency, Long> {
    Optional<Competency> findByCode(String code);

    @Query("select distinct c from Competency c left join fetch c.contentArea order by c.code")
    List<Competency> findAllWithArea();

    @Query(value = "select competency_id, prerequisite_id from competency_prerequisite", nativeQuery = true)
    List<Object[]> prerequisiteEdges();
}

interface LearningObjectiveRepository extends JpaRepository<LearningObjective, Long> {
    @Query("select o from LearningObjective o join fetch o.competency order by o.competency.id, o.position")
    List<LearningObjective> findAllWithCompetency();
}

interface ProficiencyScaleRepository extends JpaRepository<ProficiencyScale, Long> {
}
