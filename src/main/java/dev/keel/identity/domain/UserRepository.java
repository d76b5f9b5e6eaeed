package dev.keel.identity.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserRepository extends JpaRepository<User, Long> {

    Optional<User> findByUsername(String username);

    boolean existsByUsername(String username);

    List<User> findByIdGreaterThanOrderById(long after, Limit limit);

    List<User> findByUsernameStartingWithAndIdGreaterThanOrderById(String prefix, long after, Limit limit);
}
