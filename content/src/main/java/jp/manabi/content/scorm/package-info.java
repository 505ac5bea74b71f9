/** Taking in a SCORM course package: the upload checked and unpacked, its manifest read, every refusal explained. */
package jp.manabi.content.scorm;
