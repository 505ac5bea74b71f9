package jp.manabi.content.scorm.sequencing;

/**
 * Whether the LMS tracks the activity at all, and whether the content itself (rather than the LMS)
 * decides its completion and satisfaction.
 */
public record DeliveryControls(boolean tracked, boolean completionSetByContent, boolean objectiveSetByContent) {

    public static final DeliveryControls DEFAULT = new DeliveryControls(true, false, false);
}
