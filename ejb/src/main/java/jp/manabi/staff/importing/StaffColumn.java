package jp.manabi.staff.importing;

import java.util.List;
import java.util.Optional;

/**
 * The columns of a staff file. Headers are matched in Japanese as HR systems write them, or by
 * the English names, ignoring case, spaces and full-width forms.
 */
public enum StaffColumn {
    EMPLOYEE_NUMBER(true, "職員番号", "employee_number"),
    FAMILY_NAME(true, "氏", "family_name", "姓"),
    GIVEN_NAME(true, "名", "given_name"),
    FAMILY_NAME_KANA(true, "氏カナ", "family_name_kana", "氏（カナ）", "氏(カナ)", "姓カナ", "氏ふりがな"),
    GIVEN_NAME_KANA(true, "名カナ", "given_name_kana", "名（カナ）", "名(カナ)", "名ふりがな"),
    EMAIL(false, "メールアドレス", "email", "メール"),
    DEPARTMENT_CODE(true, "所属コード", "department_code"),
    GRADE(true, "職位", "grade", "職責"),
    GRADE_EFFECTIVE_FROM(true, "職位発令日", "grade_effective_from", "発令日"),
    SUPERVISOR_NUMBER(false, "上司職員番号", "supervisor_number"),
    HIRE_DATE(false, "採用日", "hire_date");

    private final boolean required;
    private final List<String> names;

    StaffColumn(boolean required, String... names) {
        this.required = required;
        this.names = List.of(names);
    }

    public boolean required() {
        return required;
    }

    /** The header as our template writes it. */
    public String header() {
        return names.get(0);
    }

    static Optional<StaffColumn> forHeader(String header) {
        String wanted = normalise(header);
        for (StaffColumn column : values()) {
            for (String name : column.names) {
                if (normalise(name).equals(wanted)) {
                    return Optional.of(column);
                }
            }
        }
        return Optional.empty();
    }

    static String normalise(String header) {
        return java.text.Normalizer.normalize(header == null ? "" : header, java.text.Normalizer.Form.NFKC)
                .replace(" ", "").replace("\u3000", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** The header line of a template file, in our order. */
    public static String templateHeader() {
        StringBuilder line = new StringBuilder();
        for (StaffColumn column : values()) {
            line.append(line.length() == 0 ? "" : ",").append(column.header());
        }
        return line.toString();
    }
}
