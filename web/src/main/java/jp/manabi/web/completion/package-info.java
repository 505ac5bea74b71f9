/** Completion certificates: the PDF download and HR's check of a certificate's code. */
package jp.manabi.web.completion;
