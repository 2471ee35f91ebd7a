package org.pathwayplanner.policy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RuleSetVersionRepository extends JpaRepository<RuleSetVersion, Long> {
    Optional<RuleSetVersion> findByActiveTrue();

    Optional<RuleSetVersion> findByVersionNo(int versionNo);

    List<RuleSetVersion> findAllByOrderByVersionNoDesc();

    @Query("select coalesce(max(v.versionNo), 0) from RuleSetVersion v")
    int lastVersionNo();
}

interface RuleAuditRepository extends JpaRepository<RuleAuditEntry, Long> {
    List<RuleAuditEntry> findTop100ByOrderByOccurredAtDescIdDesc();
}
