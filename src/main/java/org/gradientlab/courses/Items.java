package org.gradientlab.courses;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Items extends JpaRepository<ItemEntity, Long> {

    List<ItemEntity> findByAssignmentIdOrderByOrder(Long assignmentId);

    void deleteByAssignmentId(Long assignmentId);
}
