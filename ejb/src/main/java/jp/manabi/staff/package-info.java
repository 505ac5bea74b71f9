/** The city's staff: employees, their supervisors and their date-effective grade history. */
package jp.manabi.staff;
