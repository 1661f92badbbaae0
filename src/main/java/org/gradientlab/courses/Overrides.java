package org.gradientlab.courses;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Overrides extends JpaRepository<OverrideEntity, Long> {

    List<OverrideEntity> findByAssignmentIdOrderById(Long assignmentId);
}
