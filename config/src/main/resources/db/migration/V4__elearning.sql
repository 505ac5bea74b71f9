-- E-learning: courses, the SCORM packages uploaded for them, and what learners do in them.
-- Runs unchanged on PostgreSQL and H2. Package files live in the content folder, one immutable
-- folder per uploaded package (course_package.folder); the database holds what was read from it.

CREATE SEQUENCE course_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE course (
    id           BIGINT        NOT NULL PRIMARY KEY,
    title        VARCHAR(500)  NOT NULL,
    description  VARCHAR(4000) NOT NULL DEFAULT '',
    -- Open to self-study: any employee may take it without being assigned.
    self_study   BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at   TIMESTAMP     NOT NULL,
    created_by   BIGINT        REFERENCES employee (id),
    version      BIGINT        NOT NULL DEFAULT 0
);

CREATE SEQUENCE course_package_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE course_package (
    id              BIGINT         NOT NULL PRIMARY KEY,
    course_id       BIGINT         NOT NULL REFERENCES course (id),
    -- 1, 2, … per course; learners who started one revision finish it.
    revision        INTEGER        NOT NULL,
    -- Relative to the content folder; never reused, never written again.
    folder          VARCHAR(200)   NOT NULL UNIQUE,
    scorm_version   VARCHAR(20)    NOT NULL,
    edition         VARCHAR(40)    NOT NULL,
    manifest_id     VARCHAR(1000)  NOT NULL,
    file_count      INTEGER        NOT NULL,
    size_bytes      BIGINT         NOT NULL,
    -- What the package bends (ja, then en, one per line), shown to the trainer after upload.
    warnings_ja     VARCHAR(20000) NOT NULL DEFAULT '',
    warnings_en     VARCHAR(20000) NOT NULL DEFAULT '',
    uploaded_at     TIMESTAMP      NOT NULL,
    uploaded_by     BIGINT         REFERENCES employee (id),
    CONSTRAINT uq_course_package UNIQUE (course_id, revision)
);

CREATE SEQUENCE package_activity_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE package_activity (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    package_id            BIGINT        NOT NULL REFERENCES course_package (id),
    identifier            VARCHAR(1000) NOT NULL,
    parent_identifier     VARCHAR(1000),
    -- Depth-first order of the table of contents, from 0.
    position              INTEGER       NOT NULL,
    depth                 INTEGER       NOT NULL,
    title                 VARCHAR(2000) NOT NULL,
    visible               BOOLEAN       NOT NULL,
    -- CLUSTER (has children), SCO (talks to the API) or ASSET (launched without API).
    kind                  VARCHAR(10)   NOT NULL,
    -- Relative to the package folder, with xml:base and parameters applied.
    launch_url            VARCHAR(4000),
    mastery_score         NUMERIC(9,4),
    max_time_allowed      VARCHAR(100),
    time_limit_action     VARCHAR(40),
    data_from_lms         VARCHAR(4000),
    completion_threshold  NUMERIC(6,5),
    scaled_passing_score  NUMERIC(6,5),
    -- SCORM 2004 deliveryControls: when false (the default) the LMS records the attempt completed
    -- at its end if the content did not say.
    completion_set_by_content  BOOLEAN  NOT NULL DEFAULT FALSE,
    -- SCORM 2004: the IDs of the activity's objectives (one per line), which the LMS puts into
    -- cmi.objectives before the SCO starts (RTE 4.2.17).
    objective_ids              VARCHAR(20000) NOT NULL DEFAULT '',
    CONSTRAINT uq_package_activity UNIQUE (package_id, position)
);
CREATE INDEX ix_package_activity_package ON package_activity (package_id, identifier);

-- One learner in one package revision: where they are and whether they finished.
CREATE SEQUENCE registration_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE registration (
    id                BIGINT        NOT NULL PRIMARY KEY,
    employee_id       BIGINT        NOT NULL REFERENCES employee (id),
    course_id         BIGINT        NOT NULL REFERENCES course (id),
    package_id        BIGINT        NOT NULL REFERENCES course_package (id),
    started_at        TIMESTAMP     NOT NULL,
    last_activity     VARCHAR(1000),
    last_launched_at  TIMESTAMP,
    completed_at      TIMESTAMP,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_registration UNIQUE (employee_id, package_id)
);
CREATE INDEX ix_registration_course ON registration (course_id, employee_id);

-- One attempt on one activity (SCO or asset), with the CMI data the LMS keeps for it.
CREATE SEQUENCE activity_attempt_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE activity_attempt (
    id                 BIGINT          NOT NULL PRIMARY KEY,
    registration_id    BIGINT          NOT NULL REFERENCES registration (id),
    activity_id        BIGINT          NOT NULL REFERENCES package_activity (id),
    attempt_number     INTEGER         NOT NULL,
    started_at         TIMESTAMP       NOT NULL,
    ended_at           TIMESTAMP,
    -- ab-initio / resume / "" as the SCO read it at the last launch.
    entry              VARCHAR(20)     NOT NULL,
    exit_value         VARCHAR(20)     NOT NULL DEFAULT '',
    location           VARCHAR(1000)   NOT NULL DEFAULT '',
    suspend_data       VARCHAR(64000)  NOT NULL DEFAULT '',
    -- SCORM 1.2 lesson_status, or SCORM 2004 completion_status and success_status, as the LMS evaluated them.
    lesson_status      VARCHAR(20),
    completion_status  VARCHAR(20),
    success_status     VARCHAR(20),
    score_raw          NUMERIC(17,7),
    score_min          NUMERIC(17,7),
    score_max          NUMERIC(17,7),
    score_scaled       NUMERIC(9,7),
    progress_measure   NUMERIC(9,7),
    -- Accumulated by the server from session times, in hundredths of a second.
    total_time_cs      BIGINT          NOT NULL DEFAULT 0,
    completed          BOOLEAN         NOT NULL DEFAULT FALSE,
    -- Every other element the SCO wrote, as a JSON object of dotted names.
    cmi_data           VARCHAR(1000000) NOT NULL DEFAULT '{}',
    updated_at         TIMESTAMP       NOT NULL,
    version            BIGINT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_activity_attempt UNIQUE (registration_id, activity_id, attempt_number)
);

-- One launch of a SCO in a browser. Commits name it by an unguessable token and carry a rising
-- sequence number: a late or repeated commit never overwrites newer data.
CREATE TABLE runtime_session (
    token            VARCHAR(40)  NOT NULL PRIMARY KEY,
    attempt_id       BIGINT       NOT NULL REFERENCES activity_attempt (id),
    employee_id      BIGINT       NOT NULL REFERENCES employee (id),
    started_at       TIMESTAMP    NOT NULL,
    last_sequence    BIGINT       NOT NULL DEFAULT 0,
    -- The attempt's total time when this session began; total = base + the session's latest session_time.
    base_time_cs     BIGINT       NOT NULL,
    session_time_cs  BIGINT       NOT NULL DEFAULT 0,
    terminated       BOOLEAN      NOT NULL DEFAULT FALSE,
    -- A newer launch of the same activity replaces this one: its commits are refused.
    superseded       BOOLEAN      NOT NULL DEFAULT FALSE,
    last_commit_at   TIMESTAMP
);
CREATE INDEX ix_runtime_session_attempt ON runtime_session (attempt_id);

-- Interactions and objectives as the SCO reported them, for reports.
CREATE TABLE attempt_interaction (
    attempt_id         BIGINT          NOT NULL REFERENCES activity_attempt (id),
    n                  INTEGER         NOT NULL,
    interaction_id     VARCHAR(4000)   NOT NULL DEFAULT '',
    interaction_type   VARCHAR(20),
    recorded_at        VARCHAR(40),
    weighting          VARCHAR(40),
    learner_response   VARCHAR(64000),
    result             VARCHAR(40),
    latency            VARCHAR(40),
    description        VARCHAR(1000),
    objective_ids      VARCHAR(64000),
    correct_responses  VARCHAR(64000),
    PRIMARY KEY (attempt_id, n)
);

CREATE TABLE attempt_objective (
    attempt_id         BIGINT          NOT NULL REFERENCES activity_attempt (id),
    n                  INTEGER         NOT NULL,
    objective_id       VARCHAR(4000)   NOT NULL DEFAULT '',
    success_status     VARCHAR(20),
    completion_status  VARCHAR(20),
    score_scaled       VARCHAR(40),
    score_raw          VARCHAR(40),
    score_min          VARCHAR(40),
    score_max          VARCHAR(40),
    progress_measure   VARCHAR(40),
    description        VARCHAR(1000),
    PRIMARY KEY (attempt_id, n)
);

-- What an employee finished. E-learning writes one per registration; OJT, group and off-site
-- training write theirs too (kind), and all count toward the grade's ability targets.
CREATE SEQUENCE completion_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE completion (
    id               BIGINT        NOT NULL PRIMARY KEY,
    employee_id      BIGINT        NOT NULL REFERENCES employee (id),
    kind             VARCHAR(20)   NOT NULL,
    course_id        BIGINT        REFERENCES course (id),
    registration_id  BIGINT        UNIQUE REFERENCES registration (id),
    title            VARCHAR(500)  NOT NULL,
    completed_on     DATE          NOT NULL,
    fiscal_year      INTEGER       NOT NULL,
    score            NUMERIC(17,7),
    recorded_at      TIMESTAMP     NOT NULL
);
CREATE INDEX ix_completion_employee ON completion (employee_id, fiscal_year);
