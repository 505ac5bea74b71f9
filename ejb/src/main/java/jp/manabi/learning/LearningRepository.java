package jp.manabi.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import jp.manabi.completion.Completion;

/** Queries over registrations, attempts, run-time sessions and the rows kept for reports. */
@ApplicationScoped
public class LearningRepository {

    @PersistenceContext(unitName = "manabi")
    private EntityManager em;

    protected LearningRepository() {
    }

    public LearningRepository(EntityManager em) {
        this.em = em;
    }

    /** The learner's newest registration for a course. */
    public Optional<Registration> latestRegistration(long employeeId, long courseId) {
        return em.createQuery("select r from Registration r where r.employee.id = :employee and r.course.id = :course"
                + " order by r.startedAt desc, r.id desc", Registration.class).setParameter("employee", employeeId)
                .setParameter("course", courseId).setMaxResults(1).getResultStream().findFirst();
    }

    /** The learner's registrations that are not complete, most recently used first. */
    public List<Registration> openRegistrations(long employeeId) {
        return em.createQuery("select r from Registration r join fetch r.course where r.employee.id = :employee"
                + " and r.completedAt is null order by r.lastLaunchedAt desc, r.id desc", Registration.class)
                .setParameter("employee", employeeId).getResultList();
    }

    public Optional<ActivityAttempt> latestAttempt(long registrationId, long activityId) {
        return em.createQuery("select a from ActivityAttempt a where a.registration.id = :registration"
                + " and a.activity.id = :activity order by a.attemptNumber desc", ActivityAttempt.class)
                .setParameter("registration", registrationId).setParameter("activity", activityId).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Every attempt of a registration, oldest first. */
    public List<ActivityAttempt> attempts(long registrationId) {
        return em.createQuery("select a from ActivityAttempt a where a.registration.id = :registration"
                + " order by a.activity.position, a.attemptNumber", ActivityAttempt.class)
                .setParameter("registration", registrationId).getResultList();
    }

    /** How many distinct activities of a registration have a completed attempt. */
    public long completedActivities(long registrationId) {
        return em.createQuery("select count(distinct a.activity.id) from ActivityAttempt a"
                + " where a.registration.id = :registration and a.completed = :completed", Long.class)
                .setParameter("registration", registrationId).setParameter("completed", true).getSingleResult();
    }

    /** A run-time session, locked until the transaction ends: commits of one session run one at a time, on any node. */
    public Optional<RuntimeSession> lockSession(String token) {
        return Optional.ofNullable(em.find(RuntimeSession.class, token, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * Locks the live run-time sessions of a learner's activity until the transaction ends, before
     * the attempt itself is read. A commit locks its session first and then writes the attempt;
     * taking the session locks first here too keeps the two in the same order (no deadlock), and
     * the attempt read after them is the one the last commit left (no lost update).
     */
    public void lockLiveSessions(long registrationId, long activityId) {
        em.createNativeQuery("SELECT s.token FROM runtime_session s WHERE s.superseded = FALSE AND s.attempt_id IN"
                + " (SELECT a.id FROM activity_attempt a WHERE a.registration_id = ? AND a.activity_id = ?) FOR UPDATE")
                .setParameter(1, registrationId).setParameter(2, activityId).getResultList();
    }

    public List<RuntimeSession> liveSessions(long attemptId) {
        return em.createQuery("select s from RuntimeSession s where s.attempt.id = :attempt and s.superseded = :superseded",
                RuntimeSession.class).setParameter("attempt", attemptId).setParameter("superseded", false).getResultList();
    }

    public Optional<Long> employeeIdOfLogin(String login) {
        return em.createQuery("select a.employee.id from UserAccount a where a.login = :login", Long.class)
                .setParameter("login", login).getResultStream().findFirst();
    }

    public Optional<Completion> completionOf(long registrationId) {
        return em.createNamedQuery("Completion.ofRegistration", Completion.class)
                .setParameter("registration", registrationId).getResultStream().findFirst();
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    /** Writes pending changes, so that a query in the same transaction sees them. */
    public void flush() {
        em.flush();
    }

    /**
     * Replaces the interaction rows of an attempt with what the SCO reported (by index n), so that
     * reports can read them without parsing the run-time data.
     */
    public void replaceInteractions(long attemptId, SortedMap<String, String> interactions, boolean scorm12) {
        em.createNativeQuery("DELETE FROM attempt_interaction WHERE attempt_id = ?").setParameter(1, attemptId)
                .executeUpdate();
        for (Map.Entry<Integer, SortedMap<String, String>> row : byIndex(interactions, "cmi.interactions.").entrySet()) {
            Map<String, String> f = row.getValue();
            em.createNativeQuery("INSERT INTO attempt_interaction (attempt_id, n, interaction_id, interaction_type,"
                    + " recorded_at, weighting, learner_response, result, latency, description, objective_ids,"
                    + " correct_responses) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .setParameter(1, attemptId).setParameter(2, row.getKey())
                    .setParameter(3, cut(f.getOrDefault("id", ""), 4000))
                    .setParameter(4, cut(f.get("type"), 20))
                    .setParameter(5, cut(f.getOrDefault(scorm12 ? "time" : "timestamp", null), 40))
                    .setParameter(6, cut(f.get("weighting"), 40))
                    .setParameter(7, cut(f.getOrDefault(scorm12 ? "student_response" : "learner_response", null), 64000))
                    .setParameter(8, cut(f.get("result"), 40))
                    .setParameter(9, cut(f.get("latency"), 40))
                    .setParameter(10, cut(f.get("description"), 1000))
                    .setParameter(11, cut(listed(f, "objectives.", ".id"), 64000))
                    .setParameter(12, cut(listed(f, "correct_responses.", ".pattern"), 64000))
                    .executeUpdate();
        }
    }

    /** Replaces the objective rows of an attempt, as {@link #replaceInteractions} does for interactions. */
    public void replaceObjectives(long attemptId, SortedMap<String, String> objectives, boolean scorm12) {
        em.createNativeQuery("DELETE FROM attempt_objective WHERE attempt_id = ?").setParameter(1, attemptId)
                .executeUpdate();
        for (Map.Entry<Integer, SortedMap<String, String>> row : byIndex(objectives, "cmi.objectives.").entrySet()) {
            Map<String, String> f = row.getValue();
            em.createNativeQuery("INSERT INTO attempt_objective (attempt_id, n, objective_id, success_status,"
                    + " completion_status, score_scaled, score_raw, score_min, score_max, progress_measure, description)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .setParameter(1, attemptId).setParameter(2, row.getKey())
                    .setParameter(3, cut(f.getOrDefault("id", ""), 4000))
                    .setParameter(4, cut(scorm12 ? f.get("status") : f.get("success_status"), 20))
                    .setParameter(5, cut(f.get("completion_status"), 20))
                    .setParameter(6, cut(f.get("score.scaled"), 40))
                    .setParameter(7, cut(f.get("score.raw"), 40))
                    .setParameter(8, cut(f.get("score.min"), 40))
                    .setParameter(9, cut(f.get("score.max"), 40))
                    .setParameter(10, cut(f.get("progress_measure"), 40))
                    .setParameter(11, cut(f.get("description"), 1000))
                    .executeUpdate();
        }
    }

    /**
     * A value as the report column holds it. The SCO's data is kept whole in the attempt; these
     * rows are for reading, and the books set no upper bound on many of these strings.
     */
    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    /** "cmi.interactions.3.objectives.0.id" → {3: {"objectives.0.id": …}}. */
    private static SortedMap<Integer, SortedMap<String, String>> byIndex(SortedMap<String, String> values, String prefix) {
        SortedMap<Integer, SortedMap<String, String>> rows = new TreeMap<>();
        values.forEach((k, v) -> {
            String rest = k.substring(prefix.length());
            int dot = rest.indexOf('.');
            if (dot > 0 && rest.substring(0, dot).chars().allMatch(Character::isDigit) && dot < 10) {
                rows.computeIfAbsent(Integer.parseInt(rest.substring(0, dot)), n -> new TreeMap<>())
                        .put(rest.substring(dot + 1), v);
            }
        });
        return rows;
    }

    /** The values of "objectives.0.id", "objectives.1.id"… in index order, as a JSON array. */
    private static String listed(Map<String, String> fields, String prefix, String suffix) {
        SortedMap<Integer, String> items = new TreeMap<>();
        fields.forEach((k, v) -> {
            if (k.startsWith(prefix) && k.endsWith(suffix)) {
                String n = k.substring(prefix.length(), k.length() - suffix.length());
                if (!n.isEmpty() && n.length() < 10 && n.chars().allMatch(Character::isDigit)) {
                    items.put(Integer.parseInt(n), v);
                }
            }
        });
        if (items.isEmpty()) {
            return null;
        }
        jakarta.json.JsonArrayBuilder array = jakarta.json.Json.createArrayBuilder();
        items.values().forEach(array::add);
        return array.build().toString();
    }
}
