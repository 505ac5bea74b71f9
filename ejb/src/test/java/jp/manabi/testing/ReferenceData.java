package jp.manabi.testing;

import java.lang.reflect.Field;
import jp.manabi.policy.Grade;

/** Reference entities for unit tests, built as the database would hand them over (they have no public constructor). */
public final class ReferenceData {

    private ReferenceData() {
    }

    public static Grade grade(String code, String nameJa, int rank) {
        try {
            var constructor = Grade.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            Grade grade = constructor.newInstance();
            set(grade, "code", code);
            set(grade, "nameJa", nameJa);
            set(grade, "nameEn", code);
            set(grade, "rankOrder", rank);
            return grade;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Class<?> type = target.getClass();
        while (java.util.Arrays.stream(type.getDeclaredFields()).noneMatch(f -> f.getName().equals(field))) {
            type = type.getSuperclass();
        }
        Field f = type.getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
