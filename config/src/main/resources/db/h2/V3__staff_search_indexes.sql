-- Prefix search of the staff list on H2, which answers LIKE 'x%' from an ordinary index.
CREATE INDEX ix_employee_given_prefix ON employee (given_name);
CREATE INDEX ix_employee_given_kana_prefix ON employee (given_name_kana);
