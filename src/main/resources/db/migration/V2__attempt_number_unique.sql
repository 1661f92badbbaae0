-- One row per attempt number: two submissions of the same student for the same exercise at the same moment both
-- read n earlier attempts and both try to store attempt n + 1; this constraint lets only one of them commit (the
-- other is graded again as attempt n + 2, or refused when the attempts are used up). It also serves the lookups
-- of a student's attempts, so the index of V1 on its first three columns is no longer needed.
alter table attempt add constraint uq_attempt_number unique (assignment_id, student_id, exercise_id, attempt_number);
drop index ix_attempt_student;
