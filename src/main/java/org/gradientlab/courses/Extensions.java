package org.gradientlab.courses;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Extensions extends JpaRepository<ExtensionEntity, Long> {

    Optional<ExtensionEntity> findByAssignmentIdAndStudentId(Long assignmentId, Long studentId);

    List<ExtensionEntity> findByAssignmentId(Long assignmentId);
}
