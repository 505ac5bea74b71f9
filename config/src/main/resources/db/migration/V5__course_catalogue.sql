-- The course catalogue: what a course is about (category, abilities and points, target grades),
-- who owns it, its life cycle (draft → published → retired), materials, enrolments and the audit
-- log of trainers' actions. Runs unchanged on PostgreSQL and H2.

CREATE TABLE course_category (
    code        VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_ja     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    sort_order  INTEGER      NOT NULL
);

INSERT INTO course_category (code, name_ja, name_en, sort_order) VALUES
('INFORMATION_SECURITY', '情報セキュリティ',       'Information security',        1),
('POLICY_LEGAL',         '政策法務',               'Policy and legal affairs',    2),
('POLICY_FORMATION',     '政策形成・企画',         'Policy formation and planning', 3),
('PRACTICE',             '業務知識・専門実務',     'Professional practice',       4),
('COMMUNICATION',        '接遇・コミュニケーション', 'Service and communication',  5),
('MANAGEMENT',           'マネジメント・人材育成', 'Management and staff development', 6),
('GENERAL',              '一般',                   'General',                     7);

ALTER TABLE course ADD COLUMN code VARCHAR(60);
ALTER TABLE course ADD COLUMN title_en VARCHAR(500) NOT NULL DEFAULT '';
ALTER TABLE course ADD COLUMN description_en VARCHAR(4000) NOT NULL DEFAULT '';
ALTER TABLE course ADD COLUMN category_code VARCHAR(40) NOT NULL DEFAULT 'GENERAL';
ALTER TABLE course ADD CONSTRAINT fk_course_category FOREIGN KEY (category_code) REFERENCES course_category (code);
ALTER TABLE course ADD COLUMN estimated_minutes INTEGER NOT NULL DEFAULT 0;
-- DRAFT (owners and HR only), PUBLISHED (in the catalogue), RETIRED (no new enrolments; history kept).
ALTER TABLE course ADD COLUMN status VARCHAR(20) NOT NULL DEFAULT 'DRAFT';
ALTER TABLE course ADD CONSTRAINT uq_course_code UNIQUE (code);
-- Courses uploaded before the catalogue existed were open to everyone at once.
UPDATE course SET status = 'PUBLISHED';
CREATE INDEX ix_course_catalogue ON course (status, category_code);

-- Trainers who own or co-own a course; HR may change any course.
CREATE TABLE course_owner (
    course_id    BIGINT NOT NULL REFERENCES course (id),
    employee_id  BIGINT NOT NULL REFERENCES employee (id),
    PRIMARY KEY (course_id, employee_id)
);
CREATE INDEX ix_course_owner_employee ON course_owner (employee_id);

-- The abilities a course builds and the points a completion gives to each.
CREATE TABLE course_ability (
    course_id     BIGINT      NOT NULL REFERENCES course (id),
    ability_code  VARCHAR(40) NOT NULL REFERENCES ability (code),
    points        INTEGER     NOT NULL CHECK (points >= 0 AND points <= 1000),
    PRIMARY KEY (course_id, ability_code)
);

-- The grades a course is meant for ("recommended for my grade").
CREATE TABLE course_grade (
    course_id   BIGINT      NOT NULL REFERENCES course (id),
    grade_code  VARCHAR(40) NOT NULL REFERENCES grade (code),
    PRIMARY KEY (course_id, grade_code)
);
CREATE INDEX ix_course_grade_grade ON course_grade (grade_code);

-- Documents attached to a course (PDF, Word, PowerPoint, HTML), stored in the content folder.
CREATE SEQUENCE course_material_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE course_material (
    id            BIGINT        NOT NULL PRIMARY KEY,
    course_id     BIGINT        NOT NULL REFERENCES course (id),
    file_name     VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    -- Relative to the content folder; written once.
    stored_path   VARCHAR(300)  NOT NULL UNIQUE,
    uploaded_at   TIMESTAMP     NOT NULL,
    uploaded_by   BIGINT        REFERENCES employee (id)
);
CREATE INDEX ix_course_material_course ON course_material (course_id);

-- An employee on a course: by their own choice (self-study) or assigned with a due date.
CREATE SEQUENCE enrollment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE enrollment (
    id           BIGINT     NOT NULL PRIMARY KEY,
    employee_id  BIGINT     NOT NULL REFERENCES employee (id),
    course_id    BIGINT     NOT NULL REFERENCES course (id),
    enrolled_at  TIMESTAMP  NOT NULL,
    due_on       DATE,
    assigned_by  BIGINT     REFERENCES employee (id),
    CONSTRAINT uq_enrollment UNIQUE (employee_id, course_id)
);
CREATE INDEX ix_enrollment_course ON enrollment (course_id);

-- Points a completion earned, per ability, as the course gave them on the day: changing a course
-- later does not rewrite anyone's history.
CREATE TABLE completion_points (
    completion_id  BIGINT      NOT NULL REFERENCES completion (id),
    ability_code   VARCHAR(40) NOT NULL REFERENCES ability (code),
    points         INTEGER     NOT NULL,
    PRIMARY KEY (completion_id, ability_code)
);

-- Who did what to which course, and when (publish, retire, new version, edits).
CREATE SEQUENCE audit_log_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_log (
    id           BIGINT        NOT NULL PRIMARY KEY,
    at           TIMESTAMP     NOT NULL,
    actor_id     BIGINT        REFERENCES employee (id),
    actor_login  VARCHAR(100)  NOT NULL,
    action       VARCHAR(40)   NOT NULL,
    target_type  VARCHAR(40)   NOT NULL,
    target_id    BIGINT,
    details      VARCHAR(4000) NOT NULL DEFAULT ''
);
CREATE INDEX ix_audit_log_target ON audit_log (target_type, target_id, at);
