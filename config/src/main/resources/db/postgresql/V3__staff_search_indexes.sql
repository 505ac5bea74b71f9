-- Prefix search of the staff list (LIKE 'さと%') on PostgreSQL: a b-tree index answers LIKE only
-- with the C collation or a *_pattern_ops operator class; the database's collation stays for ORDER BY.
CREATE INDEX ix_employee_number_prefix ON employee (employee_number varchar_pattern_ops);
CREATE INDEX ix_employee_family_prefix ON employee (family_name varchar_pattern_ops);
CREATE INDEX ix_employee_given_prefix ON employee (given_name varchar_pattern_ops);
CREATE INDEX ix_employee_family_kana_prefix ON employee (family_name_kana varchar_pattern_ops);
CREATE INDEX ix_employee_given_kana_prefix ON employee (given_name_kana varchar_pattern_ops);
