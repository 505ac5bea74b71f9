/** The trainer's screens: uploading course packages. */
package jp.manabi.web.course;
