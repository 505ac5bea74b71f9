package jp.manabi.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.manabi.account.Role;
import jp.manabi.calendar.FiscalYear;
import jp.manabi.organisation.DepartmentLevel;
import org.junit.jupiter.api.Test;

/** The demo city is a consistent organisation: every reference resolves, every grade and role is present. */
class DemoCityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    /** Grade codes, highest first, as migration V2 ranks them. */
    private static final List<String> GRADES = List.of("DIRECTOR", "SECTION_CHIEF", "ASSISTANT_SECTION_CHIEF",
            "SUBSECTION_CHIEF", "SENIOR_STAFF", "STAFF");

    private final DemoCity city = DemoCity.build(TODAY);
    private final Map<String, DemoCity.Person> byNumber = city.employees().stream()
            .collect(Collectors.toMap(DemoCity.Person::number, Function.identity()));
    private final Map<String, DemoCity.Dept> departments = city.departments().stream()
            .collect(Collectors.toMap(DemoCity.Dept::code, Function.identity()));

    private static String currentGrade(DemoCity.Person p) {
        return p.grades().get(p.grades().size() - 1).gradeCode();
    }

    @Test
    void fiveBureausTenSectionsTwentySubsections() {
        Map<DepartmentLevel, Long> levels = city.departments().stream()
                .collect(Collectors.groupingBy(DemoCity.Dept::level, Collectors.counting()));
        assertEquals(Map.of(DepartmentLevel.BUREAU, 5L, DepartmentLevel.SECTION, 10L, DepartmentLevel.SUBSECTION, 20L), levels);
        assertEquals(35, departments.size(), "department codes are unique");
        for (DemoCity.Dept d : city.departments()) {
            if (d.level() == DepartmentLevel.BUREAU) {
                assertEquals(null, d.parentCode(), d.code());
            } else {
                DemoCity.Dept parent = departments.get(d.parentCode());
                assertNotNull(parent, d.code());
                assertEquals(parent.level().childLevel(), d.level(), d.code() + " sits where the chart allows");
            }
            assertTrue(!d.nameJa().isBlank() && !d.nameEn().isBlank(), d.code());
        }
        Map<String, Long> children = city.departments().stream().filter(d -> d.parentCode() != null)
                .collect(Collectors.groupingBy(DemoCity.Dept::parentCode, Collectors.counting()));
        assertEquals(Set.of(2L), new HashSet<>(children.values()), "two 課 per 部 and two 係 per 課");
        assertEquals(15, children.size());
    }

    @Test
    void sixtyStaffInExistingDepartmentsAcrossAllSixGrades() {
        assertEquals(60, city.employees().size());
        assertEquals(60, byNumber.size(), "employee numbers are unique");
        for (DemoCity.Person p : city.employees()) {
            assertTrue(departments.containsKey(p.departmentCode()), p.number() + " works in " + p.departmentCode());
            assertTrue(p.roles().contains(Role.EMPLOYEE), "everyone is a learner: " + p.number());
        }
        Map<String, Long> perGrade = city.employees().stream()
                .collect(Collectors.groupingBy(DemoCityTest::currentGrade, Collectors.counting()));
        assertEquals(Set.copyOf(GRADES), perGrade.keySet());
        assertEquals(5L, perGrade.get("DIRECTOR"), "one 部長 per 部");
        assertEquals(10L, perGrade.get("SECTION_CHIEF"), "one 課長 per 課");
    }

    @Test
    void everySupervisorExistsAndRanksAboveTheirStaff() {
        for (DemoCity.Person p : city.employees()) {
            if (p.supervisorNumber() == null) {
                assertEquals("DIRECTOR", currentGrade(p), "only 部長 report to nobody here: " + p.number());
                continue;
            }
            DemoCity.Person boss = byNumber.get(p.supervisorNumber());
            assertNotNull(boss, p.number() + "'s supervisor " + p.supervisorNumber());
            assertNotEquals(p.number(), boss.number());
            assertTrue(GRADES.indexOf(currentGrade(boss)) < GRADES.indexOf(currentGrade(p)),
                    p.number() + " reports to a higher grade");
            // The chain ends at a 部長 without going round in circles.
            Set<String> seen = new HashSet<>();
            for (DemoCity.Person up = p; up.supervisorNumber() != null; up = byNumber.get(up.supervisorNumber())) {
                assertTrue(seen.add(up.number()), "no cycle through " + up.number());
            }
        }
    }

    @Test
    void careersStartAtHiringAndChangeOnThe1stOfApril() {
        for (DemoCity.Person p : city.employees()) {
            List<DemoCity.GradeLine> lines = p.grades();
            assertEquals(p.hireDate(), lines.get(0).from(), "a career starts at hiring: " + p.number());
            assertEquals("STAFF", lines.get(0).gradeCode(), "everyone starts as 係員: " + p.number());
            for (int i = 0; i < lines.size(); i++) {
                DemoCity.GradeLine line = lines.get(i);
                assertEquals(Month.APRIL, line.from().getMonth());
                assertEquals(1, line.from().getDayOfMonth());
                assertTrue(!line.from().isAfter(TODAY), "no grade starts in the future: " + p.number());
                if (i > 0) {
                    assertTrue(line.from().isAfter(lines.get(i - 1).from()), p.number());
                    assertTrue(GRADES.indexOf(line.gradeCode()) < GRADES.indexOf(lines.get(i - 1).gradeCode()),
                            "each line is a promotion: " + p.number());
                }
            }
        }
        DemoCity.Person promoted = byNumber.get("1031");
        assertEquals(FiscalYear.containing(TODAY).firstDay(), promoted.grades().get(promoted.grades().size() - 1).from(),
                "the demo shows a promotion of this fiscal year");
    }

    @Test
    void everyShowcaseLoginExistsAndHoldsTheRoleItShows() {
        assertEquals(Set.of("EMPLOYEE", "SUPERVISOR", "TRAINER", "HR", "ADMIN"),
                city.showcase().stream().map(DemoCity.Showcase::roleLabel).collect(Collectors.toSet()));
        for (DemoCity.Showcase s : city.showcase()) {
            DemoCity.Person p = byNumber.get(s.number());
            assertNotNull(p, s.toString());
            assertTrue(p.roles().contains(Role.valueOf(s.roleLabel())), s.toString());
            assertTrue(s.description().startsWith(p.name().full()), s.description());
            assertTrue(s.description().contains(departments.get(p.departmentCode()).nameJa()), s.description());
        }
        String employee = city.showcase().get(0).number();
        assertEquals(city.showcase().get(1).number(), byNumber.get(employee).supervisorNumber(),
                "the demo supervisor supervises the demo employee");
    }

    @Test
    void theCityIsTheSameEveryTimeItIsBuilt() {
        assertEquals(city, DemoCity.build(TODAY));
    }

    @Test
    void targetsRiseWithTheGrade() {
        int previous = -1;
        for (int rank = 6; rank >= 1; rank--) {
            int total = 0;
            for (int ability = 1; ability <= 4; ability++) {
                total += DemoCity.targetPoints(rank, ability);
            }
            assertTrue(total >= previous, "rank " + rank);
            previous = total;
        }
    }

    @Test
    void demoTrainingPutsAThirdAheadAThirdAtAndAThirdBehindTheirTargets() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        for (int index = 0; index < 3; index++) {
            List<DemoCity.Training> training = DemoCity.trainingOf(index, 6, today);
            int[] sum = new int[4];
            for (DemoCity.Training t : training) {
                for (int a = 0; a < 4; a++) {
                    sum[a] += t.points()[a];
                }
                org.junit.jupiter.api.Assertions.assertTrue(t.on().isBefore(today) && !t.on().isBefore(LocalDate.of(2026, 4, 1)), t.on().toString());
            }
            int policyLegalTarget = DemoCity.targetPoints(6, 2);
            int expected = switch (DemoCity.standing(index)) {
                case AHEAD -> policyLegalTarget + 5;
                case AT -> policyLegalTarget;
                case BEHIND -> policyLegalTarget / 2;
            };
            assertEquals(expected, sum[1], DemoCity.standing(index).name());
        }
        assertEquals(List.of(), DemoCity.trainingOf(0, 6, LocalDate.of(2026, 4, 1)), "nothing yet on the first day of a year");
    }
}
