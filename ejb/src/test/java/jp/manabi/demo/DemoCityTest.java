package jp.manabi.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.manabi.account.Role;
import jp.manabi.organisation.DepartmentLevel;
import org.junit.jupiter.api.Test;

/** The demo city is a consistent organisation: every reference resolves, every grade and role is present. */
class DemoCityTest {

    private final DemoCity city = DemoCity.build(LocalDate.of(2026, 11, 25));

    @Test
    void fiveBureausTenSectionsTwentySubsections() {
        Map<DepartmentLevel, Long> levels = city.departments().stream()
                .collect(Collectors.groupingBy(DemoCity.Dept::level, Collectors.counting()));
        assertEquals(Map.of(DepartmentLevel.BUREAU, 5L, DepartmentLevel.SECTION, 10L, DepartmentLevel.SUBSECTION, 20L), levels);
    }

    @Test
    void sixtyStaffAcrossAllSixGradesWithResolvableSupervisorsAndDepartments() {
        assertEquals(60, city.employees().size());
        Map<String, DemoCity.Person> byNumber = city.employees().stream()
                .collect(Collectors.toMap(DemoCity.Person::number, Function.identity()));
        Set<String> departments = city.departments().stream().map(DemoCity.Dept::code).collect(Collectors.toSet());
        Set<String> grades = city.employees().stream().map(p -> p.grades().get(p.grades().size() - 1).gradeCode())
                .collect(Collectors.toSet());
        assertEquals(Set.of("DIRECTOR", "SECTION_CHIEF", "ASSISTANT_SECTION_CHIEF", "SUBSECTION_CHIEF", "SENIOR_STAFF", "STAFF"),
                grades);
        for (DemoCity.Person p : city.employees()) {
            assertTrue(departments.contains(p.departmentCode()), p.number());
            assertTrue(p.supervisorNumber() == null || byNumber.containsKey(p.supervisorNumber()), p.number());
            assertTrue(p.grades().get(0).from().equals(p.hireDate()), "a career starts at hiring: " + p.number());
            assertTrue(p.roles().contains(Role.EMPLOYEE));
        }
    }

    @Test
    void everyShowcaseLoginHoldsTheRoleItShows() {
        Map<String, DemoCity.Person> byNumber = city.employees().stream()
                .collect(Collectors.toMap(DemoCity.Person::number, Function.identity()));
        for (DemoCity.Showcase s : city.showcase()) {
            assertTrue(byNumber.get(s.number()).roles().contains(Role.valueOf(s.roleLabel())), s.toString());
        }
        String employee = city.showcase().get(0).number();
        assertEquals(city.showcase().get(1).number(), byNumber.get(employee).supervisorNumber(),
                "the demo supervisor supervises the demo employee");
    }

    @Test
    void targetsRiseWithTheGrade() {
        int staffTotal = 0;
        int directorTotal = 0;
        for (int ability = 1; ability <= 4; ability++) {
            staffTotal += DemoCity.targetPoints(6, ability);
            directorTotal += DemoCity.targetPoints(1, ability);
        }
        assertTrue(directorTotal > staffTotal);
    }
}
