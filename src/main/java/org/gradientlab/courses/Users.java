package org.gradientlab.courses;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Users extends JpaRepository<UserEntity, Long> {

    Optional<UserEntity> findByUsername(String username);

    boolean existsByUsername(String username);
}
