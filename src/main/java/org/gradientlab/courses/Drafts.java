package org.gradientlab.courses;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Drafts extends JpaRepository<DraftEntity, Long> {

    Optional<DraftEntity> findByAssignmentIdAndStudentIdAndExerciseId(
            Long assignmentId, Long studentId, String exerciseId);
}
