package jp.manabi.account;

/**
 * What a person may do in Manabi. An employee can hold several: a 係長 is an EMPLOYEE and a
 * SUPERVISOR; the HR officer is an EMPLOYEE and HR.
 */
public enum Role {
    EMPLOYEE, TRAINER, SUPERVISOR, HR, ADMIN;

    /** The role names, as Jakarta Security and {@code @RolesAllowed} spell them. */
    public static final String EMPLOYEE_NAME = "EMPLOYEE";
    public static final String TRAINER_NAME = "TRAINER";
    public static final String SUPERVISOR_NAME = "SUPERVISOR";
    public static final String HR_NAME = "HR";
    public static final String ADMIN_NAME = "ADMIN";
}
