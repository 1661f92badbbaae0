package org.gradientlab.courses;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Regrades extends JpaRepository<RegradeEntity, Long> {

    List<RegradeEntity> findByAttemptIdInOrderById(List<Long> attemptIds);
}
