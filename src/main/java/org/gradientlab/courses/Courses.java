package org.gradientlab.courses;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Courses extends JpaRepository<CourseEntity, Long> {

    Optional<CourseEntity> findByJoinCode(String joinCode);

    boolean existsByJoinCode(String joinCode);
}
