package dev.keel.routing.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface GroupPolicyRepository extends JpaRepository<GroupPolicy, Long> {

    /** Locks the row so that two nodes routing at once continue the round robin one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from GroupPolicy p where p.groupId = :groupId")
    Optional<GroupPolicy> lockByGroupId(Long groupId);

    List<GroupPolicy> findAllByOrderByGroupIdAsc();
}
