package jp.manabi.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.manabi.testing.BothDatabases;
import jp.manabi.testing.EachDatabase;
import jp.manabi.testing.TestDatabase;

/** The staff development policy's reference data, as migration V2 writes it, and the yearly ability targets. */
class PolicyRepositoryTest extends BothDatabases {

    /** Japanese text: kanji, hiragana or katakana somewhere in it. */
    private static final Pattern JAPANESE = Pattern.compile(".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}].*");
    /** English text: printable ASCII only. */
    private static final Pattern ENGLISH = Pattern.compile("[\\x20-\\x7e]+");

    private static void assertBilingual(String ja, String en, String what) {
        assertTrue(ja != null && JAPANESE.matcher(ja).matches(), what + " in Japanese: " + ja);
        assertTrue(en != null && ENGLISH.matcher(en).matches() && !en.isBlank(), what + " in English: " + en);
    }

    /** Targets: FY2026 for 係員 in all four abilities and one for 部長職; one FY2025 target. */
    @Override
    protected void fill(EntityManager em) {
        PolicyRepository policy = new PolicyRepository(em);
        Grade staff = policy.grade("STAFF").orElseThrow();
        Grade director = policy.grade("DIRECTOR").orElseThrow();
        int points = 10;
        for (Ability ability : policy.abilities()) {
            policy.add(new AbilityTarget(2026, staff, ability, points));
            points += 5;
        }
        policy.add(new AbilityTarget(2026, director, policy.ability("INTERPERSONAL").orElseThrow(), 40));
        policy.add(new AbilityTarget(2025, staff, policy.ability("POLICY_FORMATION").orElseThrow(), 8));
    }

    @EachDatabase
    void sixGradesFromDirectorToStaffInThreeTiers(TestDatabase.Kind kind) {
        List<Grade> grades = db(kind).query(em -> new PolicyRepository(em).grades());
        assertEquals(List.of("DIRECTOR", "SECTION_CHIEF", "ASSISTANT_SECTION_CHIEF", "SUBSECTION_CHIEF", "SENIOR_STAFF", "STAFF"),
                grades.stream().map(Grade::getCode).toList());
        assertEquals(List.of("部長職", "課長職", "課長補佐職", "係長職", "主任職", "係員"), grades.stream().map(Grade::nameJa).toList());
        assertEquals(List.of("Department director", "Section chief", "Assistant section chief", "Subsection chief",
                "Senior staff", "Staff"), grades.stream().map(g -> g.name(Locale.ENGLISH)).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), grades.stream().map(Grade::getRankOrder).toList());
        assertEquals(List.of("MANAGEMENT", "MANAGERS_SUPERVISORS", "MANAGERS_SUPERVISORS", "MANAGERS_SUPERVISORS", "GENERAL",
                "GENERAL"), grades.stream().map(g -> g.getTier().getCode()).toList());
        Map<String, Tier> tiers = grades.stream().map(Grade::getTier).distinct()
                .collect(Collectors.toMap(Tier::getCode, t -> t));
        assertEquals(3, tiers.size());
        assertEquals(List.of("経営層", "管理職・監督者", "一般職"), tiers.values().stream()
                .sorted(java.util.Comparator.comparingInt(Tier::getSortOrder)).map(Tier::nameJa).toList());
        for (Tier tier : tiers.values()) {
            assertBilingual(tier.nameJa(), tier.nameEn(), tier.getCode());
            assertBilingual(tier.getSummaryJa(), tier.getSummaryEn(), tier.getCode() + " summary");
        }
        for (Grade grade : grades) {
            assertBilingual(grade.nameJa(), grade.nameEn(), grade.getCode());
        }
    }

    @EachDatabase
    void fourAbilitiesInThePolicysOrder(TestDatabase.Kind kind) {
        List<Ability> abilities = db(kind).query(em -> new PolicyRepository(em).abilities());
        assertEquals(List.of("POLICY_FORMATION", "POLICY_LEGAL", "PROFESSIONAL_PRACTICE", "INTERPERSONAL"),
                abilities.stream().map(Ability::getCode).toList());
        assertEquals(List.of("政策形成能力", "政策法務能力", "専門実務能力", "対人関係能力"), abilities.stream().map(Ability::nameJa).toList());
        assertEquals(List.of(1, 2, 3, 4), abilities.stream().map(Ability::getSortOrder).toList());
        for (Ability ability : abilities) {
            assertBilingual(ability.nameJa(), ability.nameEn(), ability.getCode());
            assertBilingual(ability.getDescriptionJa(), ability.getDescriptionEn(), ability.getCode() + " description");
        }
    }

    @EachDatabase
    void twentyTwoRoleExpectationsInJapaneseAndEnglish(TestDatabase.Kind kind) {
        Map<String, List<RoleExpectation>> byGrade = db(kind).query(em -> {
            PolicyRepository policy = new PolicyRepository(em);
            return policy.grades().stream().collect(Collectors.toMap(Grade::getCode, g -> policy.roleExpectations(g.getCode())));
        });
        assertEquals(Map.of("DIRECTOR", 4, "SECTION_CHIEF", 4, "ASSISTANT_SECTION_CHIEF", 4, "SUBSECTION_CHIEF", 4,
                "SENIOR_STAFF", 3, "STAFF", 3), byGrade.entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size())));
        assertEquals(22, byGrade.values().stream().mapToInt(List::size).sum());
        Set<String> roles = byGrade.values().stream().flatMap(List::stream).map(r -> r.getRole().getCode())
                .collect(Collectors.toSet());
        assertEquals(9, roles.size(), "every role of the policy is expected of some grade");
        byGrade.forEach((grade, expectations) -> {
            for (RoleExpectation r : expectations) {
                assertEquals(grade, r.getGrade().getCode());
                assertBilingual(r.getTextJa(), r.getTextEn(), grade + " × " + r.getRole().getCode());
                assertBilingual(r.getRole().nameJa(), r.getRole().nameEn(), r.getRole().getCode());
                assertEquals(r.getTextEn(), r.text(Locale.ENGLISH));
                assertEquals(r.getTextJa(), r.text(Locale.JAPANESE));
            }
        });
        assertEquals(List.of("WORK_EXECUTION", "WORK_IMPROVEMENT", "STAFF_DEVELOPMENT"),
                byGrade.get("STAFF").stream().map(r -> r.getRole().getCode()).toList(), "in the policy's order");
        RoleExpectation improvement = byGrade.get("SUBSECTION_CHIEF").get(2);
        assertEquals("業務改善", improvement.getRole().nameJa());
        assertTrue(improvement.getTextJa().startsWith("係（担当）業務の問題の本質を見抜き"), improvement.getTextJa());
        assertTrue(byGrade.get("DIRECTOR").get(0).getTextEn().startsWith("Following the mayor's direction"),
                "quotes survive the SQL escaping");
    }

    @EachDatabase
    void unknownCodesFindNothing(TestDatabase.Kind kind) {
        db(kind).query(em -> {
            PolicyRepository policy = new PolicyRepository(em);
            assertEquals(Optional.empty(), policy.grade("PRESIDENT"));
            assertEquals(Optional.empty(), policy.grade(null));
            assertEquals(Optional.empty(), policy.ability("MAGIC"));
            assertEquals(Optional.empty(), policy.ability(null));
            assertEquals(List.of(), policy.roleExpectations("PRESIDENT"));
            return null;
        });
    }

    @EachDatabase
    void targetsAreKeptPerFiscalYearGradeAndAbility(TestDatabase.Kind kind) {
        TestDatabase db = db(kind);
        List<String> fy2026 = db.query(em -> new PolicyRepository(em).targets(2026).stream()
                .map(t -> t.getGrade().getCode() + "/" + t.getAbility().getCode() + "=" + t.getPoints()).toList());
        assertEquals(List.of("DIRECTOR/INTERPERSONAL=40", "STAFF/POLICY_FORMATION=10", "STAFF/POLICY_LEGAL=15",
                "STAFF/PROFESSIONAL_PRACTICE=20", "STAFF/INTERPERSONAL=25"), fy2026, "by grade rank, then the abilities' order");
        assertEquals(List.of(10, 15, 20, 25), db.query(em -> new PolicyRepository(em).targets(2026, "STAFF").stream()
                .map(AbilityTarget::getPoints).toList()));
        assertEquals(List.of(8), db.query(em -> new PolicyRepository(em).targets(2025).stream().map(AbilityTarget::getPoints).toList()));
        assertEquals(List.of(), db.query(em -> new PolicyRepository(em).targets(2024)));
        assertEquals(1L, db.number("select min(id) from ability_target"), "ids start at 1");
    }

    @EachDatabase
    void aTargetIsSetOncePerYearGradeAndAbilityAndNeverNegative(TestDatabase.Kind kind) {
        TestDatabase db = db(kind);
        assertThrows(PersistenceException.class, () -> db.rolledBack(em -> {
            PolicyRepository policy = new PolicyRepository(em);
            policy.add(new AbilityTarget(2026, policy.grade("STAFF").orElseThrow(), policy.ability("POLICY_LEGAL").orElseThrow(), 1));
            em.flush();
            return null;
        }));
        db.assertRefused("insert into ability_target (id, fiscal_year, grade_code, ability_code, points)"
                + " values (9001, 2030, 'STAFF', 'POLICY_LEGAL', -1)");
        db.assertRefused("insert into ability_target (id, fiscal_year, grade_code, ability_code, points)"
                + " values (9001, 2030, 'STAFF', 'MAGIC', 1)");
        assertThrows(IllegalArgumentException.class, () -> db.query(em -> {
            PolicyRepository policy = new PolicyRepository(em);
            return new AbilityTarget(2030, policy.grade("STAFF").orElseThrow(), policy.ability("POLICY_LEGAL").orElseThrow(), -1);
        }));
        assertEquals(6, db.number("select count(*) from ability_target"));
    }
}
