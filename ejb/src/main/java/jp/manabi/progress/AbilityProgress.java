package jp.manabi.progress;

import java.io.Serializable;

/** One ability of one person's year: points earned against the target of their grade. */
public record AbilityProgress(String abilityCode, String nameJa, String nameEn, int earned, int target)
        implements Serializable {

    public int gap() {
        return ProgressRules.gap(earned, target);
    }

    public boolean met() {
        return ProgressRules.met(earned, target);
    }

    /** Earned as a share of the target in percent, capped at 100 (100 for a target of zero). */
    public int percent() {
        return target == 0 ? 100 : Math.min(100, earned * 100 / target);
    }
}
