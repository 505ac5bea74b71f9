/** SCORM content packages: what an imsmanifest.xml says about a course's structure, resources and sequencing. */
package jp.manabi.content.scorm;
