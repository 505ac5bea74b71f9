-- Progress against the grade targets (issue 7).

-- Points per employee, fiscal year and ability: the running total of their evidence
-- (completion_points), changed in the same transaction as each completion. Every view of progress
-- (My page, the team table, HR's per-grade view) reads it, so they cannot disagree, and HR's view
-- reads four rows per person instead of every completion they ever had.
CREATE TABLE ability_progress (
    fiscal_year   INTEGER     NOT NULL,
    employee_id   BIGINT      NOT NULL REFERENCES employee (id),
    ability_code  VARCHAR(40) NOT NULL REFERENCES ability (code),
    points        INTEGER     NOT NULL,
    PRIMARY KEY (fiscal_year, employee_id, ability_code)
);
CREATE INDEX ix_ability_progress_employee ON ability_progress (employee_id, fiscal_year);

INSERT INTO ability_progress (fiscal_year, employee_id, ability_code, points)
SELECT c.fiscal_year, c.employee_id, p.ability_code, SUM(p.points)
  FROM completion c JOIN completion_points p ON p.completion_id = c.id
 GROUP BY c.fiscal_year, c.employee_id, p.ability_code;

-- The grade held on a day, per grade: HR's view starts from it.
CREATE INDEX ix_grade_assignment_current ON grade_assignment (effective_from, effective_to, grade_code, employee_id);

-- The role expectations of the policy (grade × role) a course supports: the progress view lists,
-- under each expectation of a person's grade, the evidence that came from such courses.
CREATE TABLE course_expectation (
    course_id   BIGINT      NOT NULL REFERENCES course (id),
    grade_code  VARCHAR(40) NOT NULL,
    role_code   VARCHAR(40) NOT NULL,
    PRIMARY KEY (course_id, grade_code, role_code),
    FOREIGN KEY (grade_code, role_code) REFERENCES role_expectation (grade_code, role_code)
);
