-- Organisation, people and accounts. Runs unchanged on PostgreSQL and H2.
-- Ids come from sequences whose START WITH equals the JPA allocation size (50), so that
-- EclipseLink's pre-allocation begins at 1 on both databases.

CREATE TABLE tier (
    code        VARCHAR(40)   NOT NULL PRIMARY KEY,
    name_ja     VARCHAR(100)  NOT NULL,
    name_en     VARCHAR(100)  NOT NULL,
    summary_ja  VARCHAR(1000) NOT NULL,
    summary_en  VARCHAR(1000) NOT NULL,
    sort_order  INTEGER       NOT NULL
);

CREATE TABLE grade (
    code        VARCHAR(40)  NOT NULL PRIMARY KEY,
    tier_code   VARCHAR(40)  NOT NULL REFERENCES tier (code),
    name_ja     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    -- 1 = 部長職 (highest) … 6 = 係員
    rank_order  INTEGER      NOT NULL UNIQUE
);

CREATE TABLE ability (
    code            VARCHAR(40)   NOT NULL PRIMARY KEY,
    name_ja         VARCHAR(100)  NOT NULL,
    name_en         VARCHAR(100)  NOT NULL,
    description_ja  VARCHAR(2000) NOT NULL,
    description_en  VARCHAR(2000) NOT NULL,
    sort_order      INTEGER       NOT NULL
);

CREATE TABLE policy_role (
    code     VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_ja  VARCHAR(100) NOT NULL,
    name_en  VARCHAR(100) NOT NULL
);

CREATE TABLE role_expectation (
    grade_code  VARCHAR(40)   NOT NULL REFERENCES grade (code),
    role_code   VARCHAR(40)   NOT NULL REFERENCES policy_role (code),
    text_ja     VARCHAR(2000) NOT NULL,
    text_en     VARCHAR(2000) NOT NULL,
    sort_order  INTEGER       NOT NULL,
    PRIMARY KEY (grade_code, role_code)
);

CREATE SEQUENCE ability_target_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE ability_target (
    id            BIGINT      NOT NULL PRIMARY KEY,
    fiscal_year   INTEGER     NOT NULL,
    grade_code    VARCHAR(40) NOT NULL REFERENCES grade (code),
    ability_code  VARCHAR(40) NOT NULL REFERENCES ability (code),
    points        INTEGER     NOT NULL CHECK (points >= 0),
    version       BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_ability_target UNIQUE (fiscal_year, grade_code, ability_code)
);

CREATE SEQUENCE department_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE department (
    id          BIGINT       NOT NULL PRIMARY KEY,
    code        VARCHAR(20)  NOT NULL UNIQUE,
    name_ja     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200),
    -- BUREAU (部), SECTION (課), SUBSECTION (係)
    dept_level  VARCHAR(20)  NOT NULL,
    parent_id   BIGINT       REFERENCES department (id),
    sort_order  INTEGER      NOT NULL DEFAULT 0,
    version     BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX ix_department_parent ON department (parent_id);

CREATE SEQUENCE employee_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE employee (
    id                BIGINT       NOT NULL PRIMARY KEY,
    employee_number   VARCHAR(20)  NOT NULL UNIQUE,
    family_name       VARCHAR(100) NOT NULL,
    given_name        VARCHAR(100) NOT NULL,
    family_name_kana  VARCHAR(100) NOT NULL,
    given_name_kana   VARCHAR(100) NOT NULL,
    email             VARCHAR(254),
    department_id     BIGINT       NOT NULL REFERENCES department (id),
    supervisor_id     BIGINT       REFERENCES employee (id),
    hire_date         DATE,
    version           BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX ix_employee_department ON employee (department_id);
CREATE INDEX ix_employee_supervisor ON employee (supervisor_id);
CREATE INDEX ix_employee_kana ON employee (family_name_kana, given_name_kana, id);
CREATE INDEX ix_employee_name ON employee (family_name, given_name, id);

-- Date-effective grade history: a row holds from effective_from until the day before the next
-- row's effective_from (effective_to, exclusive, kept by the service so that "grade on a date" is a
-- plain range lookup). The past is never rewritten by a promotion.
CREATE SEQUENCE grade_assignment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE grade_assignment (
    id              BIGINT      NOT NULL PRIMARY KEY,
    employee_id     BIGINT      NOT NULL REFERENCES employee (id),
    grade_code      VARCHAR(40) NOT NULL REFERENCES grade (code),
    effective_from  DATE        NOT NULL,
    effective_to    DATE,
    CONSTRAINT uq_grade_assignment UNIQUE (employee_id, effective_from),
    CONSTRAINT ck_grade_assignment_range CHECK (effective_to IS NULL OR effective_to > effective_from)
);
CREATE INDEX ix_grade_assignment_grade ON grade_assignment (grade_code, effective_from, effective_to);

CREATE SEQUENCE user_account_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE user_account (
    id             BIGINT       NOT NULL PRIMARY KEY,
    login          VARCHAR(50)  NOT NULL UNIQUE,
    employee_id    BIGINT       NOT NULL UNIQUE REFERENCES employee (id),
    password_hash  VARCHAR(400),
    enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
    version        BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE account_role (
    account_id  BIGINT      NOT NULL REFERENCES user_account (id),
    role_name   VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role_name)
);
