/** What a course's imsmanifest.xml says: its SCORM edition, organizations, items, resources and launch URLs. */
package jp.manabi.content.scorm.manifest;
