package org.gradientlab.courses;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Assignments extends JpaRepository<AssignmentEntity, Long> {

    List<AssignmentEntity> findByCourseIdOrderById(Long courseId);
}
