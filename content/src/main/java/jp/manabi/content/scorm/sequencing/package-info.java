/** IMS Simple Sequencing as SCORM 2004 applies it: the rules an activity's place in the course obeys, with the CAM's defaults. */
package jp.manabi.content.scorm.sequencing;
