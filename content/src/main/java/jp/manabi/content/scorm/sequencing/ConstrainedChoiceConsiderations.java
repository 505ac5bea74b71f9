package jp.manabi.content.scorm.sequencing;

/**
 * ADL's limits on choice navigation: a learner may not start a cluster's children by choice
 * before the cluster itself was entered (preventActivation), or may choose only the activities
 * just before and after the current one (constrainChoice).
 */
public record ConstrainedChoiceConsiderations(boolean preventActivation, boolean constrainChoice) {

    public static final ConstrainedChoiceConsiderations DEFAULT = new ConstrainedChoiceConsiderations(false, false);
}
