/** Courses and the SCORM packages trainers upload for them: storage, table of contents, who may take what. */
package jp.manabi.course;
