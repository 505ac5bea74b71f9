package jp.manabi.content.scorm.sequencing;

/** A resource IMS SS lets an activity offer beside its content (a glossary, a help page); SCORM does not require LMSs to show them. */
public record AuxiliaryResource(String auxiliaryResourceId, String purpose) {
}
