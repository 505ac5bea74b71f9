package jp.manabi.content.scorm.sequencing;

/** Whether all conditions of a rule must hold or any one is enough. */
public enum ConditionCombination {
    ALL("all"),
    ANY("any");

    private final String token;

    ConditionCombination(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
