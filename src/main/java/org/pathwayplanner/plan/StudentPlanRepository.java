package org.pathwayplanner.plan;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface StudentPlanRepository extends JpaRepository<StudentPlan, Long> {

    Optional<StudentPlan> findByStudentId(long studentId);

    /** The plan, locked until the transaction ends: changes and decisions on one plan are taken one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from StudentPlan p where p.studentId = ?1")
    Optional<StudentPlan> findForChange(long studentId);

    List<StudentPlan> findByStudentIdIn(java.util.Collection<Long> studentIds);
}
