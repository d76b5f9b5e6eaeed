package dev.keel.ticket.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface CategoryRepository extends JpaRepository<Category, Long> {

    java.util.List<Category> findAllByOrderBySortOrderAscIdAsc();

    boolean existsByCode(String code);

    java.util.Optional<Category> findByCode(String code);
}
