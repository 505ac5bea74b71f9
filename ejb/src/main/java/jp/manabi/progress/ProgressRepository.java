package jp.manabi.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The queries of progress, in plain SQL that PostgreSQL and H2 read alike. The totals per employee,
 * fiscal year and ability ({@code ability_progress}) change only through {@link #add}, in the
 * transaction that records the completion.
 */
@ApplicationScoped
public class ProgressRepository {

    /** IN lists are cut into pieces of this many: databases limit the parameters of one statement. */
    private static final int CHUNK = 1000;

    @PersistenceContext(unitName = "manabi")
    private EntityManager em;

    protected ProgressRepository() {
    }

    public ProgressRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Adds a completion's points to the employee's totals for the year. The employee's row is locked
     * first, so that two completions recorded at once (on two nodes) both count.
     */
    public void add(long employeeId, int fiscalYear, Map<String, Integer> points) {
        if (points.values().stream().allMatch(p -> p == null || p == 0)) {
            return;
        }
        em.createNativeQuery("SELECT id FROM employee WHERE id = ? FOR UPDATE").setParameter(1, employeeId).getResultList();
        for (Map.Entry<String, Integer> e : new TreeMap<>(points).entrySet()) {
            if (e.getValue() == null || e.getValue() == 0) {
                continue;
            }
            int updated = em.createNativeQuery("UPDATE ability_progress SET points = points + ?"
                    + " WHERE fiscal_year = ? AND employee_id = ? AND ability_code = ?")
                    .setParameter(1, e.getValue()).setParameter(2, fiscalYear).setParameter(3, employeeId)
                    .setParameter(4, e.getKey()).executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("INSERT INTO ability_progress (fiscal_year, employee_id, ability_code, points)"
                        + " VALUES (?, ?, ?, ?)").setParameter(1, fiscalYear).setParameter(2, employeeId)
                        .setParameter(3, e.getKey()).setParameter(4, e.getValue()).executeUpdate();
            }
        }
    }

    /** Points per ability for each of the employees in a fiscal year (no entry: nothing earned). */
    public Map<Long, Map<String, Integer>> earned(int fiscalYear, Collection<Long> employeeIds) {
        Map<Long, Map<String, Integer>> earned = new HashMap<>();
        List<Long> ids = new ArrayList<>(employeeIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Query q = em.createNativeQuery("SELECT employee_id, ability_code, points FROM ability_progress"
                    + " WHERE fiscal_year = ? AND employee_id IN (" + placeholders(chunk.size()) + ")");
            q.setParameter(1, fiscalYear);
            for (int i = 0; i < chunk.size(); i++) {
                q.setParameter(i + 2, chunk.get(i));
            }
            for (Object row : q.getResultList()) {
                Object[] r = (Object[]) row;
                earned.computeIfAbsent(((Number) r[0]).longValue(), k -> new TreeMap<>())
                        .put((String) r[1], ((Number) r[2]).intValue());
            }
        }
        return earned;
    }

    /**
     * Per grade and ability: the target, how many people held the grade on {@code day}, and how many
     * of them earned at least the target in the fiscal year; optionally only in some departments.
     */
    public List<GradeReport.Cell> gradeReport(int fiscalYear, LocalDate day, List<Long> departmentIds) {
        List<Object> parameters = new ArrayList<>(List.of(fiscalYear, fiscalYear, day, day));
        StringBuilder sql = new StringBuilder("SELECT ga.grade_code, t.ability_code, t.points, COUNT(*),"
                + " SUM(CASE WHEN COALESCE(p.points, 0) >= t.points THEN 1 ELSE 0 END)"
                + " FROM grade_assignment ga"
                + " JOIN ability_target t ON t.fiscal_year = ? AND t.grade_code = ga.grade_code"
                + " LEFT JOIN ability_progress p ON p.fiscal_year = ? AND p.employee_id = ga.employee_id"
                + " AND p.ability_code = t.ability_code"
                + " WHERE ga.effective_from <= ? AND (ga.effective_to IS NULL OR ga.effective_to > ?)");
        inDepartments(sql, parameters, departmentIds);
        sql.append(" GROUP BY ga.grade_code, t.ability_code, t.points");
        List<GradeReport.Cell> cells = new ArrayList<>();
        for (Object row : query(sql.toString(), parameters).getResultList()) {
            Object[] r = (Object[]) row;
            cells.add(new GradeReport.Cell((String) r[0], (String) r[1], ((Number) r[2]).intValue(),
                    ((Number) r[3]).longValue(), ((Number) r[4]).longValue()));
        }
        return cells;
    }

    /**
     * The people of a grade who did not meet an ability's target, by employee number, a page at a
     * time: the page after {@code afterNumber} (null for the first), so that a deep page costs what
     * the first does.
     */
    public List<GradeReport.Behind> behind(int fiscalYear, LocalDate day, List<Long> departmentIds, String gradeCode,
            String abilityCode, String afterNumber, int size) {
        List<Object> parameters = new ArrayList<>(List.of(fiscalYear, abilityCode, fiscalYear, gradeCode, day, day));
        StringBuilder sql = new StringBuilder("SELECT e.id, e.employee_number, e.family_name, e.given_name, d.name_ja,"
                + " COALESCE(p.points, 0), t.points"
                + " FROM grade_assignment ga"
                + " JOIN employee e ON e.id = ga.employee_id JOIN department d ON d.id = e.department_id"
                + " JOIN ability_target t ON t.fiscal_year = ? AND t.grade_code = ga.grade_code AND t.ability_code = ?"
                + " LEFT JOIN ability_progress p ON p.fiscal_year = ? AND p.employee_id = ga.employee_id"
                + " AND p.ability_code = t.ability_code"
                + " WHERE ga.grade_code = ? AND ga.effective_from <= ? AND (ga.effective_to IS NULL OR ga.effective_to > ?)"
                + " AND COALESCE(p.points, 0) < t.points");
        if (afterNumber != null) {
            sql.append(" AND e.employee_number > ?");
            parameters.add(afterNumber);
        }
        inDepartments(sql, parameters, departmentIds);
        sql.append(" ORDER BY e.employee_number LIMIT ").append(size);
        List<GradeReport.Behind> rows = new ArrayList<>();
        for (Object row : query(sql.toString(), parameters).getResultList()) {
            Object[] r = (Object[]) row;
            rows.add(new GradeReport.Behind(((Number) r[0]).longValue(), (String) r[1], r[2] + " " + r[3], (String) r[4],
                    ((Number) r[5]).intValue(), ((Number) r[6]).intValue()));
        }
        return rows;
    }

    /**
     * Published courses open to the employee (self-study or enrolled) that they have not completed
     * and that give points to one of the abilities: course id, title, English title, ability, points.
     */
    public List<Object[]> candidateCourses(long employeeId, Collection<String> abilityCodes, int limit) {
        if (abilityCodes.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>(abilityCodes);
        parameters.add(employeeId);
        parameters.add(employeeId);
        String sql = "SELECT c.id, c.title, c.title_en, a.ability_code, a.points FROM course c"
                + " JOIN course_ability a ON a.course_id = c.id AND a.points > 0"
                + " AND a.ability_code IN (" + placeholders(abilityCodes.size()) + ")"
                + " WHERE c.status = 'PUBLISHED'"
                + " AND (c.self_study = TRUE OR EXISTS (SELECT 1 FROM enrollment n WHERE n.course_id = c.id AND n.employee_id = ?))"
                + " AND NOT EXISTS (SELECT 1 FROM completion k WHERE k.course_id = c.id AND k.employee_id = ?)"
                + " ORDER BY a.points DESC, c.id DESC LIMIT " + limit;
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query(sql, parameters).getResultList()) {
            rows.add((Object[]) row);
        }
        return rows;
    }

    private static void inDepartments(StringBuilder sql, List<Object> parameters, List<Long> departmentIds) {
        if (departmentIds != null) {
            if (departmentIds.isEmpty()) {
                sql.append(" AND 1 = 0");
                return;
            }
            sql.append(" AND ga.employee_id IN (SELECT x.id FROM employee x WHERE x.department_id IN (")
                    .append(placeholders(departmentIds.size())).append("))");
            parameters.addAll(departmentIds);
        }
    }

    private Query query(String sql, List<Object> parameters) {
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            q.setParameter(i + 1, parameters.get(i));
        }
        return q;
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
