package jp.manabi.completion;

/** The kinds of training the policy names; each completion counts toward the grade's ability targets. */
public enum CompletionKind {
    E_LEARNING,
    OJT,
    GROUP_TRAINING,
    OFF_SITE_TRAINING
}
