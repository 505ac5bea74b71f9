/** The staff screens: HR's staff list, an employee's record, a supervisor's team, and the CSV import. */
package jp.manabi.web.staff;
