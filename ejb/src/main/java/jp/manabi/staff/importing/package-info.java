/** Bringing the staff register in from a municipal HR system's CSV export, all or nothing. */
package jp.manabi.staff.importing;
