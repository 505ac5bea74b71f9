package jp.manabi.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.manabi.account.Role;
import jp.manabi.calendar.FiscalYear;
import jp.manabi.organisation.DepartmentLevel;
import jp.manabi.staff.PersonName;

/**
 * The demo city, built in memory and deterministically from the day it is built: five 部 with two
 * 課 each and two 係 per 課, and 60 staff across the six grades with their supervisors, careers
 * (grade histories starting at hire, promotions on 1 April) and demo roles.
 */
public record DemoCity(List<Dept> departments, List<Person> employees, List<Showcase> showcase) {

    /** A department of the demo organisation chart. */
    public record Dept(String code, String nameJa, String nameEn, DepartmentLevel level, String parentCode) {
    }

    /** A line of a demo career: a grade from a date. */
    public record GradeLine(String gradeCode, LocalDate from) {
    }

    /** A demo employee. */
    public record Person(String number, PersonName name, String departmentCode, String supervisorNumber,
            LocalDate hireDate, List<GradeLine> grades, Set<Role> roles) {
    }

    /** A group training a demo employee attended, with the points it gave per ability (in the policy's order). */
    public record Training(String title, LocalDate on, int[] points) {
    }

    /** Where a demo employee stands this fiscal year: a third each, so that every view shows all three. */
    public enum Standing {
        AHEAD, AT, BEHIND
    }

    private static final String[][] TRAINING_TITLES = {
        {"政策形成研修", "法制執務研修"}, {"業務改善研修", "コミュニケーション研修"}};

    /** The standing of the {@code index}-th demo employee. */
    public static Standing standing(int index) {
        return Standing.values()[index % 3];
    }

    /**
     * This fiscal year's group training of a demo employee of the given grade rank: points that put
     * them ahead of (target + 5), at, or behind (half) their grade's targets. Dated early in the year
     * and before today; none on the first days of a year.
     */
    public static List<Training> trainingOf(int index, int gradeRank, LocalDate today) {
        FiscalYear year = FiscalYear.containing(today);
        LocalDate on = year.firstDay().plusDays(20 + index % 40);
        if (!on.isBefore(today)) {
            on = today.minusDays(1);
        }
        if (on.isBefore(year.firstDay())) {
            return List.of();
        }
        Standing standing = standing(index);
        int[] earned = new int[4];
        for (int a = 0; a < 4; a++) {
            int target = targetPoints(gradeRank, a + 1);
            earned[a] = switch (standing) {
                case AHEAD -> target + 5;
                case AT -> target;
                case BEHIND -> target / 2;
            };
        }
        List<Training> list = new ArrayList<>();
        for (int half = 0; half < 2; half++) {
            int[] points = new int[4];
            points[half * 2] = earned[half * 2];
            points[half * 2 + 1] = earned[half * 2 + 1];
            list.add(new Training(TRAINING_TITLES[half][index % 2], on.minusDays(half * 7L).isBefore(year.firstDay()) ? on
                    : on.minusDays(half * 7L), points));
        }
        return list;
    }

    /** A login the run command shows, one per role. */
    public record Showcase(String roleLabel, String number, String description) {
    }

    private static final String[][] BUREAUS = {
        {"GA", "総務部", "General Affairs"},
        {"CZ", "市民部", "Citizens"},
        {"HW", "保健福祉部", "Health and Welfare"},
        {"EC", "経済部", "Economy"},
        {"CN", "建設部", "Construction"},
    };
    private static final String[][] SECTIONS = {
        {"総務課", "General Affairs Section", "人事係", "Personnel", "情報政策係", "Information Policy"},
        {"政策調整課", "Policy Coordination Section", "企画係", "Planning", "財政係", "Finance"},
        {"市民生活課", "Citizens' Life Section", "戸籍係", "Family Register", "市民活動係", "Civic Activities"},
        {"税務課", "Taxation Section", "市民税係", "Municipal Tax", "収納係", "Collection"},
        {"福祉課", "Welfare Section", "社会福祉係", "Social Welfare", "障がい福祉係", "Disability Welfare"},
        {"介護福祉課", "Long-term Care Section", "介護保険係", "Care Insurance", "高齢者支援係", "Elderly Support"},
        {"商工労働観光課", "Commerce, Labour and Tourism Section", "商工係", "Commerce", "観光係", "Tourism"},
        {"農政課", "Agriculture Section", "農政係", "Agricultural Policy", "農地係", "Farmland"},
        {"土木課", "Civil Engineering Section", "道路係", "Roads", "河川係", "Rivers"},
        {"建築住宅課", "Building and Housing Section", "建築係", "Building", "住宅係", "Housing"},
    };
    private static final String[][] FAMILY = {
        {"佐藤", "サトウ"}, {"鈴木", "スズキ"}, {"高橋", "タカハシ"}, {"田中", "タナカ"}, {"伊藤", "イトウ"},
        {"渡辺", "ワタナベ"}, {"山本", "ヤマモト"}, {"中村", "ナカムラ"}, {"小林", "コバヤシ"}, {"加藤", "カトウ"},
        {"吉田", "ヨシダ"}, {"山田", "ヤマダ"}, {"佐々木", "ササキ"}, {"山口", "ヤマグチ"}, {"松本", "マツモト"},
        {"井上", "イノウエ"}, {"木村", "キムラ"}, {"林", "ハヤシ"}, {"斎藤", "サイトウ"}, {"清水", "シミズ"},
        {"砂川", "スナガワ"}, {"石狩", "イシカリ"}, {"北村", "キタムラ"}, {"工藤", "クドウ"}, {"菅原", "スガワラ"},
        {"成田", "ナリタ"}, {"村上", "ムラカミ"}, {"三浦", "ミウラ"}, {"藤田", "フジタ"}, {"岡田", "オカダ"},
    };
    private static final String[][] GIVEN = {
        {"太郎", "タロウ"}, {"花子", "ハナコ"}, {"健", "ケン"}, {"陽子", "ヨウコ"}, {"大輔", "ダイスケ"},
        {"美咲", "ミサキ"}, {"翔", "ショウ"}, {"由美", "ユミ"}, {"誠", "マコト"}, {"恵", "メグミ"},
        {"拓也", "タクヤ"}, {"彩", "アヤ"}, {"直樹", "ナオキ"}, {"真由美", "マユミ"}, {"浩", "ヒロシ"},
        {"愛", "アイ"}, {"剛", "ツヨシ"}, {"智子", "トモコ"}, {"亮", "リョウ"}, {"沙織", "サオリ"},
        {"学", "マナブ"}, {"優子", "ユウコ"}, {"隆", "タカシ"}, {"千尋", "チヒロ"}, {"悠真", "ユウマ"},
        {"結衣", "ユイ"}, {"蓮", "レン"}, {"葵", "アオイ"}, {"大和", "ヤマト"}, {"さくら", "サクラ"},
    };

    /** Ability target points per grade rank (1 = 部長職 … 6 = 係員) and ability (in the policy's order). */
    private static final int[][] TARGETS = {
        {40, 30, 20, 40},
        {30, 25, 20, 40},
        {25, 20, 25, 35},
        {20, 20, 30, 30},
        {15, 15, 30, 25},
        {10, 10, 30, 20},
    };

    public static int targetPoints(int gradeRank, int abilitySortOrder) {
        return TARGETS[gradeRank - 1][abilitySortOrder - 1];
    }

    private static final String[] GRADES_BOTTOM_UP = {
        "STAFF", "SENIOR_STAFF", "SUBSECTION_CHIEF", "ASSISTANT_SECTION_CHIEF", "SECTION_CHIEF", "DIRECTOR"};
    /** Years spent in each grade before the next promotion, bottom up. */
    private static final int[] YEARS_IN_GRADE = {7, 6, 5, 4, 4};

    public static DemoCity build(LocalDate today) {
        List<Dept> departments = new ArrayList<>();
        List<String> subsections = new ArrayList<>();
        for (int b = 0; b < BUREAUS.length; b++) {
            String bureau = BUREAUS[b][0];
            departments.add(new Dept(bureau, BUREAUS[b][1], "Department of " + BUREAUS[b][2], DepartmentLevel.BUREAU, null));
            for (int s = 0; s < 2; s++) {
                String[] section = SECTIONS[b * 2 + s];
                String sectionCode = bureau + (s + 1);
                departments.add(new Dept(sectionCode, section[0], section[1], DepartmentLevel.SECTION, bureau));
                for (int k = 0; k < 2; k++) {
                    String code = sectionCode + (char) ('A' + k);
                    departments.add(new Dept(code, section[2 + k * 2], section[3 + k * 2] + " Subsection",
                            DepartmentLevel.SUBSECTION, sectionCode));
                    subsections.add(code);
                }
            }
        }
        FiscalYear thisYear = FiscalYear.containing(today);
        List<Person> people = new ArrayList<>();
        int[] counter = {0};
        // 部長 1001–1005, in the 部 itself.
        for (int b = 0; b < 5; b++) {
            people.add(person(1001 + b, BUREAUS[b][0], null, 5, thisYear, counter, b % 3, Set.of(Role.SUPERVISOR)));
        }
        // 課長 1011–1020, 課長補佐 1021–1025 (in each 部's first 課), 係長 1031–1040 (in each 課's first 係).
        for (int s = 0; s < 10; s++) {
            String section = BUREAUS[s / 2][0] + (s % 2 + 1);
            people.add(person(1011 + s, section, "" + (1001 + s / 2), 4, thisYear, counter, s % 4, Set.of(Role.SUPERVISOR)));
        }
        for (int b = 0; b < 5; b++) {
            people.add(person(1021 + b, BUREAUS[b][0] + "1", "" + (1011 + b * 2), 3, thisYear, counter, b % 3,
                    Set.of(Role.SUPERVISOR)));
        }
        for (int s = 0; s < 10; s++) {
            String section = BUREAUS[s / 2][0] + (s % 2 + 1);
            String boss = s % 2 == 0 ? "" + (1021 + s / 2) : "" + (1011 + s);
            // 係長 1031 was promoted this 1 April: the demo shows a grade history that changed this year.
            people.add(person(1031 + s, section + "A", boss, 2, thisYear, counter, s == 0 ? 0 : s % 4 + 1,
                    s == 0 ? Set.of(Role.SUPERVISOR, Role.TRAINER) : Set.of(Role.SUPERVISOR)));
        }
        // 主任 1041–1052 and 係員 1061–1078, spread over the 係; their 係長 supervises them.
        for (int i = 0; i < 12; i++) {
            String subsection = subsections.get(i % 20);
            Set<Role> roles = i == 0 ? Set.of(Role.HR) : i == 1 ? Set.of(Role.ADMIN) : Set.of();
            people.add(person(1041 + i, subsection, chiefOf(subsection), 1, thisYear, counter, i % 5, roles));
        }
        for (int i = 0; i < 18; i++) {
            String subsection = subsections.get((i + 12) % 20);
            Set<Role> roles = i == 8 ? Set.of(Role.TRAINER) : Set.of();
            people.add(person(1061 + i, subsection, chiefOf(subsection), 0, thisYear, counter, i % 6, roles));
        }
        String employee = "1061";
        String supervisor = people.stream().filter(p -> p.number().equals(employee)).findFirst().orElseThrow()
                .supervisorNumber();
        List<Showcase> showcase = List.of(
                showcase("EMPLOYEE", employee, people, departments),
                showcase("SUPERVISOR", supervisor, people, departments),
                showcase("TRAINER", "1031", people, departments),
                showcase("HR", "1041", people, departments),
                showcase("ADMIN", "1042", people, departments));
        return new DemoCity(departments, people, showcase);
    }

    private static Showcase showcase(String role, String number, List<Person> people, List<Dept> departments) {
        Person p = people.stream().filter(x -> x.number().equals(number)).findFirst().orElseThrow();
        String department = departments.stream().filter(d -> d.code().equals(p.departmentCode())).findFirst()
                .orElseThrow().nameJa();
        String grade = switch (p.grades().get(p.grades().size() - 1).gradeCode()) {
            case "DIRECTOR" -> "部長職";
            case "SECTION_CHIEF" -> "課長職";
            case "ASSISTANT_SECTION_CHIEF" -> "課長補佐職";
            case "SUBSECTION_CHIEF" -> "係長職";
            case "SENIOR_STAFF" -> "主任職";
            default -> "係員";
        };
        return new Showcase(role, number, p.name().full() + " / " + department + " / " + grade);
    }

    /** The 係長 of a 係's 課 (each 課's 係長 sits in its first 係 and leads both). */
    private static String chiefOf(String subsection) {
        String section = subsection.substring(0, subsection.length() - 1);
        int bureau = List.of("GA", "CZ", "HW", "EC", "CN").indexOf(section.substring(0, 2));
        int s = bureau * 2 + (section.charAt(2) - '1');
        return "" + (1031 + s);
    }

    private static Person person(int number, String department, String supervisor, int gradeIndex, FiscalYear thisYear,
            int[] counter, int yearsInCurrentGrade, Set<Role> roles) {
        int n = counter[0]++;
        String[] family = FAMILY[(n * 7) % FAMILY.length];
        String[] given = GIVEN[(n * 11 + 3) % GIVEN.length];
        PersonName name = new PersonName(family[0], given[0], family[1], given[1]);
        // Work back from the current grade: it began on 1 April, yearsInCurrentGrade years ago.
        int currentFrom = thisYear.startYear() - yearsInCurrentGrade;
        int hireYear = currentFrom;
        for (int g = 0; g < gradeIndex; g++) {
            hireYear -= YEARS_IN_GRADE[g];
        }
        List<GradeLine> grades = new ArrayList<>();
        int year = hireYear;
        for (int g = 0; g <= gradeIndex; g++) {
            grades.add(new GradeLine(GRADES_BOTTOM_UP[g], LocalDate.of(year, 4, 1)));
            if (g < gradeIndex) {
                year += YEARS_IN_GRADE[g];
            }
        }
        EnumSet<Role> all = EnumSet.of(Role.EMPLOYEE);
        all.addAll(roles);
        return new Person(Integer.toString(number), name, department, supervisor, LocalDate.of(hireYear, 4, 1), grades, all);
    }
}
