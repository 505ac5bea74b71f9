package jp.manabi.testing;

import java.lang.reflect.Field;
import jp.manabi.policy.Grade;

/**
 * Entities for plain unit tests, built as the database would hand them over: the policy's
 * reference data has no public constructor (only migrations create it) and ids come from sequences,
 * so both are set by reflection here.
 */
public final class ReferenceData {

    private ReferenceData() {
    }

    public static final Grade DIRECTOR = grade("DIRECTOR", "部長職", "Department director", 1);
    public static final Grade SECTION_CHIEF = grade("SECTION_CHIEF", "課長職", "Section chief", 2);
    public static final Grade ASSISTANT_SECTION_CHIEF = grade("ASSISTANT_SECTION_CHIEF", "課長補佐職", "Assistant section chief", 3);
    public static final Grade SUBSECTION_CHIEF = grade("SUBSECTION_CHIEF", "係長職", "Subsection chief", 4);
    public static final Grade SENIOR_STAFF = grade("SENIOR_STAFF", "主任職", "Senior staff", 5);
    public static final Grade STAFF = grade("STAFF", "係員", "Staff", 6);

    /** A grade as migration V2 defines it (without its tier). */
    public static Grade grade(String code, String nameJa, String nameEn, int rank) {
        try {
            var constructor = Grade.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            Grade grade = constructor.newInstance();
            set(grade, "code", code);
            set(grade, "nameJa", nameJa);
            set(grade, "nameEn", nameEn);
            set(grade, "rankOrder", rank);
            return grade;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Gives an entity the id the database would have given it. */
    public static <T> T withId(T entity, long id) {
        set(entity, "id", id);
        return entity;
    }

    private static void set(Object target, String field, Object value) {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field f = type.getDeclaredField(field);
                f.setAccessible(true);
                f.set(target, value);
                return;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(target.getClass() + " has no field " + field);
    }
}
