package org.gradientlab.courses;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Members extends JpaRepository<MemberEntity, Long> {

    Optional<MemberEntity> findByCourseIdAndUserId(Long courseId, Long userId);

    List<MemberEntity> findByCourseIdOrderById(Long courseId);

    List<MemberEntity> findByUserIdOrderById(Long userId);
}
