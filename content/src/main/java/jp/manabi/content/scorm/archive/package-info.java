/** The uploaded zip file of a course, hostile until every entry has been checked, and its unpacking all or nothing. */
package jp.manabi.content.scorm.archive;
