package org.pathwayplanner.credits;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CreditAreaRepository extends JpaRepository<CreditArea, Long> {
    Optional<CreditArea> findByCode(String code);

    List<CreditArea> findAllByOrderByPositionAsc();
}

interface GraduationRequirementRepository extends JpaRepository<GraduationRequirement, Long> {
    @Query("select r from GraduationRequirement r join fetch r.area a left join fetch a.partOf")
    List<GraduationRequirement> findAllWithArea();
}

interface CreditBundleRepository extends JpaRepository<CreditBundle, Long> {
    boolean existsByCode(String code);

    @Query("select distinct b from CreditBundle b join fetch b.area left join fetch b.competencyIds order by b.id")
    List<CreditBundle> findAllWithCompetencies();
}
