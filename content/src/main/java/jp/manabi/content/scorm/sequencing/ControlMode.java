package jp.manabi.content.scorm.sequencing;

/**
 * How the learner may navigate among the children of a cluster activity: choose any of them
 * (choice), leave the cluster by choosing elsewhere (choiceExit), be led from one to the next
 * (flow), only forward (forwardOnly), and whether rules read only the current attempt's
 * objective and progress information.
 */
public record ControlMode(boolean choice, boolean choiceExit, boolean flow, boolean forwardOnly,
        boolean useCurrentAttemptObjectiveInfo, boolean useCurrentAttemptProgressInfo) {

    public static final ControlMode DEFAULT = new ControlMode(true, true, false, false, true, true);
}
