package org.gradientlab.courses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "course_member")
class MemberEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "course_id", nullable = false)
    Long courseId;

    @Column(name = "user_id", nullable = false)
    Long userId;

    @Column(name = "member_role", nullable = false)
    String membership;

    @Column(name = "joined_at", nullable = false)
    Instant joinedAt;

    protected MemberEntity() {}

    MemberEntity(Long courseId, Long userId, Membership membership, Instant joinedAt) {
        this.courseId = courseId;
        this.userId = userId;
        this.membership = membership.name();
        this.joinedAt = joinedAt;
    }

    Membership membership() {
        return Membership.valueOf(membership);
    }
}
