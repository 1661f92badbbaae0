package org.gradientlab.courses;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HintReveals extends JpaRepository<HintRevealEntity, Long> {

    List<HintRevealEntity> findByAssignmentIdAndStudentIdAndExerciseIdOrderByHintIndex(
            Long assignmentId, Long studentId, String exerciseId);

    List<HintRevealEntity> findByAssignmentId(Long assignmentId);
}
