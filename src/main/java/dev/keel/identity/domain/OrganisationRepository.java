package dev.keel.identity.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    boolean existsByCode(String code);

    Optional<Organisation> findByCode(String code);

    List<Organisation> findByIdGreaterThanOrderById(long after, Limit limit);
}
