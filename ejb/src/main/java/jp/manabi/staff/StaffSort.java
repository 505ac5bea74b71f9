package jp.manabi.staff;

/** The orders the staff list can be sorted in; each is backed by an index. */
public enum StaffSort {
    EMPLOYEE_NUMBER, KANA, DEPARTMENT, GRADE
}
