package org.gradientlab.courses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "regrade")
class RegradeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "attempt_id", nullable = false)
    Long attemptId;

    @Column(nullable = false)
    String verdict;

    Double score;

    @Column(nullable = false)
    String notes;

    @Column(name = "regraded_by", nullable = false)
    Long regradedBy;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected RegradeEntity() {}

    RegradeEntity(Long attemptId, Graded graded, Long regradedBy, Instant createdAt) {
        this.attemptId = attemptId;
        this.verdict = graded.verdict().apiName();
        this.score = graded.score();
        this.notes = String.join(",", graded.notes());
        this.regradedBy = regradedBy;
        this.createdAt = createdAt;
    }
}
