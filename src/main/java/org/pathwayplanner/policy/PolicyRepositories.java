package org.pathwayplanner.policy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RuleSetVersionRepository extends JpaRepository<RuleSetVersion, Long> {
    Optional<RuleSetVersion> findByActiveTrue();

    /** The number of the version in use, without its files: what every instance checks every few seconds. */
    @Query("select v.versionNo from RuleSetVersion v where v.active = true")
    Optional<Integer> activeVersionNo();

    Optional<RuleSetVersion> findByVersionNo(int versionNo);

    boolean existsByContentHash(String contentHash);

    List<RuleSetVersion> findAllByOrderByVersionNoDesc();

    @Query("select coalesce(max(v.versionNo), 0) from RuleSetVersion v")
    int lastVersionNo();

    @Query("select min(v.versionNo) from RuleSetVersion v where v.contentHash = :hash")
    Integer firstVersionNoWith(@Param("hash") String contentHash);

    /**
     * Records the impact of a version's recomputation by itself: saving the whole version instead could write
     * back the "active" flag it had when loaded, after a later publish had cleared it.
     */
    @Modifying
    @Query("update RuleSetVersion v set v.impactSummary = :summary where v.id = :id")
    int recordImpact(@Param("id") Long id, @Param("summary") String summary);
}

interface RuleAuditRepository extends JpaRepository<RuleAuditEntry, Long> {
    List<RuleAuditEntry> findTop100ByOrderByOccurredAtDescIdDesc();

    List<RuleAuditEntry> findByOutcome(String outcome);
}

interface RulePreviewRepository extends JpaRepository<RulePreview, Long> {
    Optional<RulePreview> findFirstByDraftHashOrderByPreviewedAtDescIdDesc(String draftHash);

    Optional<RulePreview> findFirstByPreviewedByOrderByPreviewedAtDescIdDesc(String previewedBy);
}

interface RuleShippedDecisionRepository extends JpaRepository<RuleShippedDecision, String> {
}

interface RuleDraftRepository extends JpaRepository<RuleDraft, Long> {
    Optional<RuleDraft> findByOwnerAndFileName(String owner, String fileName);

    List<RuleDraft> findByOwnerOrderByFileName(String owner);

    @Modifying
    @Query("delete from RuleDraft d where d.owner = :owner and d.fileName = :fileName")
    int discard(@Param("owner") String owner, @Param("fileName") String fileName);
}
