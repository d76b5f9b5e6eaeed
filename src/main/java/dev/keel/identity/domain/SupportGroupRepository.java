package dev.keel.identity.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupportGroupRepository extends JpaRepository<SupportGroup, Long> {

    boolean existsByCode(String code);

    Optional<SupportGroup> findByCode(String code);

    List<SupportGroup> findByIdGreaterThanOrderById(long after, Limit limit);

    List<SupportGroup> findByMemberIdsContains(long userId);
}
