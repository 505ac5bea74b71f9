/** The SCORM run-time rules the server enforces on what a course reports: time formats, total time, data limits. */
package jp.manabi.content.runtime;
