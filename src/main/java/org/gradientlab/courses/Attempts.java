package org.gradientlab.courses;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Attempts extends JpaRepository<AttemptEntity, Long> {

    List<AttemptEntity> findByAssignmentIdAndStudentIdAndExerciseIdOrderById(
            Long assignmentId, Long studentId, String exerciseId);

    List<AttemptEntity> findByAssignmentIdAndStudentIdOrderById(Long assignmentId, Long studentId);

    List<AttemptEntity> findByAssignmentIdOrderById(Long assignmentId);

    long countByAssignmentIdAndStudentIdAndExerciseId(Long assignmentId, Long studentId, String exerciseId);
}
