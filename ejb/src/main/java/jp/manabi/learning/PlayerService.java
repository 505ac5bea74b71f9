package jp.manabi.learning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.logging.Level;
import jp.manabi.account.Role;
import jp.manabi.completion.Completion;
import jp.manabi.content.runtime.ScormTime;
import jp.manabi.content.runtime.ScormVersion;
import jp.manabi.course.ActivityKind;
import jp.manabi.course.Course;
import jp.manabi.course.CoursePackage;
import jp.manabi.course.CourseRepository;
import jp.manabi.course.CourseService;
import jp.manabi.course.PackageActivity;
import jp.manabi.platform.AccessDeniedException;
import jp.manabi.platform.Caller;
import jp.manabi.platform.NotFoundException;
import jp.manabi.platform.ValidationFailedException;
import jp.manabi.staff.Employee;
import jp.manabi.staff.StaffService;

/**
 * Playing a course: which attempt a launch continues or starts, what the SCO is given, and what a
 * commit may change. The server is the authority on entry, total time and status; the browser's
 * runtime only proposes data, and only for the launch its token names.
 */
@Stateless
@RolesAllowed({Role.EMPLOYEE_NAME, Role.ADMIN_NAME})
public class PlayerService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(PlayerService.class.getName());
    /** The size of the column that keeps an attempt's run-time data. */
    private static final int MAX_DATA_CHARS = 1_000_000;
    /** Values a browser runtime reports back that the SCO could not have set (SCORM 1.2's initial status). */
    private static final Map<String, String> LMS_ECHOES = Map.of("cmi.core.lesson_status", "not attempted");

    @Inject
    private CourseService courseService;
    @Inject
    private CourseRepository courses;
    @Inject
    private LearningRepository learning;
    @Inject
    private StaffService staff;
    @Inject
    private Caller caller;
    @Inject
    private jp.manabi.progress.ProgressRepository progress;

    /** The course's table of contents with the learner's progress. */
    public PlayerView view(long courseId) {
        Course course = courseService.mayTake(courseId);
        Employee me = staff.me();
        Optional<Registration> registration = learning.latestRegistration(me.getId(), courseId);
        CoursePackage pkg = Registration.versionFor(registration,
                courses.latestPackage(courseId).orElseThrow(() -> new NotFoundException("course " + courseId)));
        Map<Long, ActivityAttempt> latest = new HashMap<>();
        Map<Long, Boolean> done = new HashMap<>();
        registration.filter(r -> r.getCoursePackage().getId().equals(pkg.getId())).ifPresent(r -> {
            for (ActivityAttempt a : learning.attempts(r.getId())) {
                latest.put(a.getActivity().getId(), a);
                done.merge(a.getActivity().getId(), a.isCompleted(), Boolean::logicalOr);
            }
        });
        List<PlayerView.Entry> entries = new ArrayList<>();
        for (PackageActivity a : pkg.getActivities()) {
            ActivityAttempt attempt = latest.get(a.getId());
            String status = attempt == null ? "not-attempted" : statusOf(attempt);
            entries.add(new PlayerView.Entry(a.getIdentifier(), a.getTitle(), a.getDepth(), a.isLaunchable(), a.isVisible(),
                    a.getKind().name(), status, done.getOrDefault(a.getId(), false)));
        }
        String startAt = registration.flatMap(Registration::lastActivity)
                .filter(id -> pkg.activity(id).filter(PackageActivity::isLaunchable).isPresent())
                .orElseGet(() -> pkg.launchable().get(0).getIdentifier());
        return new PlayerView(courseId, course.getTitle(), pkg.getScormVersion() == ScormVersion.SCORM_12 ? "1.2" : "2004",
                entries, startAt, registration.map(Registration::isCompleted).orElse(false));
    }

    /**
     * The table of contents of a course's newest package as a learner would see it at the start,
     * for its owners and HR: nothing of theirs is shown or recorded.
     */
    public PlayerView previewView(long courseId) {
        Course course = courseService.mayEditCourse(courseId);
        CoursePackage pkg = courses.latestPackage(courseId).orElseThrow(() -> new NotFoundException("course " + courseId));
        List<PlayerView.Entry> entries = pkg.getActivities().stream().map(a -> new PlayerView.Entry(a.getIdentifier(),
                a.getTitle(), a.getDepth(), a.isLaunchable(), a.isVisible(), a.getKind().name(), "not-attempted", false))
                .toList();
        return new PlayerView(courseId, course.getTitle(), pkg.getScormVersion() == ScormVersion.SCORM_12 ? "1.2" : "2004",
                entries, pkg.launchable().get(0).getIdentifier(), false);
    }

    /** Launches an activity for preview: a first attempt's data, no session, so the browser has nowhere to commit. */
    public Launch previewLaunch(long courseId, String identifier) {
        courseService.mayEditCourse(courseId);
        Employee me = staff.me();
        CoursePackage pkg = courses.latestPackage(courseId).orElseThrow(() -> new NotFoundException("course " + courseId));
        PackageActivity activity = pkg.activity(identifier).filter(PackageActivity::isLaunchable)
                .orElseThrow(() -> new NotFoundException("activity " + identifier));
        String path = "content/" + pkg.getId() + "/" + activity.getLaunchUrl();
        if (activity.getKind() == ActivityKind.ASSET) {
            return new Launch(null, identifier, activity.getTitle(), "none", path, Map.of());
        }
        ScormVersion version = pkg.getScormVersion();
        ActivityAttempt fresh = new ActivityAttempt(null, activity, 1, LocalDateTime.now());
        return new Launch(null, identifier, activity.getTitle(), version == ScormVersion.SCORM_12 ? "1.2" : "2004", path,
                initialValues(me, activity, fresh, CmiState.empty(version)));
    }

    private static String statusOf(ActivityAttempt a) {
        if (a.isCompleted()) {
            return "completed";
        }
        return a.lessonStatus().or(a::completionStatus).filter(s -> !s.equals("unknown")).orElse("incomplete");
    }

    /**
     * Launches an activity: continues the learner's attempt if it was suspended or left unfinished,
     * starts a new one if the last ended normally, and opens a run-time session for it. An earlier
     * session of the same attempt (another tab, another node) may no longer write.
     */
    public Launch launch(long courseId, String identifier) {
        Course course = courseService.mayTake(courseId);
        Employee me = staff.me();
        LocalDateTime now = LocalDateTime.now();
        Registration registration = learning.latestRegistration(me.getId(), courseId)
                .filter(r -> r.continuesWith(courses.latestPackage(courseId).orElse(null)))
                .orElseGet(() -> {
                    CoursePackage latest = courses.latestPackage(courseId)
                            .orElseThrow(() -> new NotFoundException("course " + courseId));
                    Registration r = new Registration(me, course, latest, now);
                    learning.add(r);
                    return r;
                });
        CoursePackage pkg = registration.getCoursePackage();
        PackageActivity activity = pkg.activity(identifier).filter(PackageActivity::isLaunchable)
                .orElseThrow(() -> new NotFoundException("activity " + identifier));
        if (registration.getId() != null) {
            learning.lockLiveSessions(registration.getId(), activity.getId());
        }
        Optional<ActivityAttempt> last = learning.latestAttempt(registration.getId(), activity.getId());
        ActivityAttempt attempt;
        if (last.isEmpty() || last.get().isEnded()) {
            attempt = new ActivityAttempt(registration, activity, last.map(a -> a.getAttemptNumber() + 1).orElse(1), now);
            learning.add(attempt);
        } else {
            attempt = last.get();
            // RTE: "resume" only after a suspend (or a 1.2 logout); an attempt left without one continues with "".
            String exit = attempt.getExitValue();
            attempt.relaunch("suspend".equals(exit) || "logout".equals(exit) ? "resume" : "");
            for (RuntimeSession earlier : learning.liveSessions(attempt.getId())) {
                earlier.supersede();
            }
        }
        registration.launched(identifier, now);
        String path = "content/" + pkg.getId() + "/" + activity.getLaunchUrl();
        if (activity.getKind() == ActivityKind.ASSET) {
            // An asset has no API to report with: being opened is all it can do.
            attempt.markCompleted();
            attempt.end(now);
            completeCourseIfDone(registration, now);
            return new Launch(null, identifier, activity.getTitle(), "none", path, Map.of());
        }
        RuntimeSession session = new RuntimeSession(newToken(), attempt, me.getId(), now);
        learning.add(session);
        ScormVersion version = pkg.getScormVersion();
        CmiState state = CmiState.restore(version, attempt.getCmiData(), attempt.getLocation(), attempt.getSuspendData(), "");
        state.startSession();
        return new Launch(session.getToken(), identifier, activity.getTitle(), version == ScormVersion.SCORM_12 ? "1.2" : "2004",
                path, initialValues(me, activity, attempt, state));
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The data the SCO's API starts with: the learner, the LMS's decisions, and what the attempt kept. */
    static Map<String, String> initialValues(Employee me, PackageActivity activity, ActivityAttempt attempt, CmiState state) {
        Map<String, String> cmi = new LinkedHashMap<>();
        // Identifiers and types first: a runtime refuses an objective's status or an interaction's
        // response before its id (and type) are set (RTE error 408), also when loading.
        state.values().entrySet().stream()
                .sorted(java.util.Comparator.comparingInt((Map.Entry<String, String> e) -> loadOrder(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> cmi.put(e.getKey(), e.getValue()));
        boolean scorm12 = state.version() == ScormVersion.SCORM_12;
        Duration total = Duration.ofMillis(attempt.getTotalTimeCentis() * 10);
        if (scorm12) {
            cmi.put("cmi.core.student_id", me.getEmployeeNumber());
            // SCORM 1.2 asks for "last name, first name".
            cmi.put("cmi.core.student_name", me.getName().familyName() + ", " + me.getName().givenName());
            cmi.put("cmi.core.credit", "credit");
            cmi.put("cmi.core.lesson_mode", "normal");
            cmi.put("cmi.core.entry", attempt.getEntry());
            cmi.put("cmi.core.lesson_status", attempt.lessonStatus().orElse("not attempted"));
            cmi.put("cmi.core.total_time", ScormTime.formatTimespan(total));
            activity.masteryScore().ifPresent(v -> cmi.put("cmi.student_data.mastery_score", plain(v)));
            activity.maxTimeAllowed().ifPresent(v -> cmi.put("cmi.student_data.max_time_allowed", v));
            activity.timeLimitAction().ifPresent(v -> cmi.put("cmi.student_data.time_limit_action", v));
        } else {
            cmi.put("cmi.learner_id", me.getEmployeeNumber());
            cmi.put("cmi.learner_name", me.getName().familyName() + " " + me.getName().givenName());
            cmi.put("cmi.credit", "credit");
            cmi.put("cmi.mode", "normal");
            cmi.put("cmi.entry", attempt.getEntry());
            cmi.put("cmi.completion_status", attempt.completionStatus().orElse("unknown"));
            cmi.put("cmi.success_status", attempt.successStatus().orElse("unknown"));
            cmi.put("cmi.total_time", ScormTime.formatDuration(total));
            activity.completionThreshold().ifPresent(v -> cmi.put("cmi.completion_threshold", plain(v)));
            activity.scaledPassingScore().ifPresent(v -> cmi.put("cmi.scaled_passing_score", plain(v)));
            activity.maxTimeAllowed().ifPresent(v -> cmi.put("cmi.max_time_allowed", v));
            activity.timeLimitAction().ifPresent(v -> cmi.put("cmi.time_limit_action", v));
            // RTE 4.2.17: the activity's objectives are there, by ID, before the SCO first looks.
            List<String> ids = activity.objectiveIds();
            java.util.Set<String> known = new java.util.HashSet<>(state.under("cmi.objectives.").entrySet().stream()
                    .filter(e -> e.getKey().endsWith(".id")).map(Map.Entry::getValue).toList());
            int next = (int) state.under("cmi.objectives.").keySet().stream().filter(k -> k.endsWith(".id")).count();
            for (String id : ids) {
                if (known.add(id)) {
                    cmi.put("cmi.objectives." + next++ + ".id", id);
                }
            }
        }
        activity.dataFromLms().ifPresent(v -> cmi.put("cmi.launch_data", v));
        return cmi;
    }

    private static int loadOrder(String element) {
        if (element.endsWith(".id")) {
            return element.indexOf(".objectives.", 5) > 0 ? 1 : 0;
        }
        return element.endsWith(".type") ? 2 : 3;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /**
     * Stores what a SCO committed. Commits of one session are applied one at a time and in
     * order: a commit whose sequence number is not above the last stored one is ignored.
     * {@code terminates} marks the final commit (Terminate, or the page being closed).
     */
    public CommitResult commit(String token, long sequence, Map<String, String> data, boolean terminates) {
        if (token == null || token.isBlank() || sequence < 1) {
            throw new ValidationFailedException("player.commit.invalid");
        }
        RuntimeSession session = learning.lockSession(token).orElseThrow(() -> new NotFoundException("session"));
        long me = caller.login().flatMap(learning::employeeIdOfLogin)
                .orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (session.getEmployeeId() != me) {
            throw new AccessDeniedException("session of another learner");
        }
        if (session.isSuperseded()) {
            return new CommitResult(CommitResult.Status.SUPERSEDED, List.of(), false);
        }
        if (sequence <= session.getLastSequence()) {
            return new CommitResult(CommitResult.Status.STALE, List.of(), false);
        }
        ActivityAttempt attempt = session.getAttempt();
        PackageActivity activity = attempt.getActivity();
        ScormVersion version = activity.getCoursePackage().getScormVersion();
        CmiState state = CmiState.restore(version, attempt.getCmiData(), attempt.getLocation(), attempt.getSuspendData(),
                attempt.getExitValue());
        SortedMap<String, String> interactionsBefore = new TreeMap<>(state.under("cmi.interactions."));
        SortedMap<String, String> objectivesBefore = new TreeMap<>(state.under("cmi.objectives."));
        List<CmiState.Refusal> refusals = state.apply(data, LMS_ECHOES);
        if (state.toJson().length() > MAX_DATA_CHARS) {
            return new CommitResult(CommitResult.Status.REFUSED, refusals, false);
        }
        if (!refusals.isEmpty()) {
            LOG.log(Level.INFO, "Commit {0} of session {1}: left out {2}", new Object[] {sequence, token, refusals});
        }
        // Total time = the attempt's total before this launch + this session's latest session time:
        // a second Terminate or a repeated commit reports the same session again and adds nothing.
        long sessionCentis = state.sessionTime().flatMap(t -> ScormTime.parse(version, t))
                .map(d -> d.toMillis() / 10).orElse(session.getSessionTimeCentis());
        LocalDateTime now = LocalDateTime.now();
        Outcome outcome = Outcome.of(activity, state, terminates || session.isTerminated());
        attempt.apply(state, outcome, session.getBaseTimeCentis() + sessionCentis, now);
        session.accept(sequence, sessionCentis, terminates, now);
        if (!interactionsBefore.equals(state.under("cmi.interactions."))) {
            learning.replaceInteractions(attempt.getId(), state.under("cmi.interactions."), version == ScormVersion.SCORM_12);
        }
        if (!objectivesBefore.equals(state.under("cmi.objectives."))) {
            learning.replaceObjectives(attempt.getId(), state.under("cmi.objectives."), version == ScormVersion.SCORM_12);
        }
        boolean courseCompleted = false;
        Registration registration = attempt.getRegistration();
        if (outcome.complete() && !attempt.isCompleted()) {
            attempt.markCompleted();
            courseCompleted = completeCourseIfDone(registration, now);
        }
        String exit = state.exit();
        if (terminates && !"suspend".equals(exit) && !"logout".equals(exit)) {
            attempt.end(now);
        } else if ("suspend".equals(exit) && attempt.isEnded() && session.isTerminated()) {
            // The SCO terminated and then the learner (or its suspendAll request) suspended the
            // course: the attempt stays open to be resumed.
            attempt.reopen();
        }
        return new CommitResult(CommitResult.Status.ACCEPTED, refusals, courseCompleted);
    }

    /** When every launchable activity has a completed attempt, the registration is complete and a completion is recorded, once. */
    private boolean completeCourseIfDone(Registration registration, LocalDateTime now) {
        if (registration.isCompleted()) {
            return false;
        }
        learning.flush();
        long launchable = registration.getCoursePackage().launchable().size();
        if (learning.completedActivities(registration.getId()) < launchable) {
            return false;
        }
        registration.complete(now);
        if (learning.completionOf(registration.getId()).isEmpty()) {
            Completion completion = Completion.ofCourse(registration.getEmployee(), registration.getCourse(),
                    registration.getId(), now, score(registration));
            learning.add(completion);
            // The points count toward the grade targets in the same transaction as the completion.
            progress.add(registration.getEmployee().getId(), completion.getFiscalYear(), completion.getPoints());
        }
        return true;
    }

    /** A single-SCO course's score as a percentage, for the record; none for several SCOs. */
    private BigDecimal score(Registration registration) {
        List<ActivityAttempt> attempts = learning.attempts(registration.getId()).stream()
                .filter(ActivityAttempt::isCompleted).toList();
        if (registration.getCoursePackage().launchable().size() != 1 || attempts.isEmpty()) {
            return null;
        }
        ActivityAttempt a = attempts.get(attempts.size() - 1);
        return a.scoreScaled().map(s -> s.movePointRight(2)).or(a::scoreRaw).orElse(null);
    }
}
