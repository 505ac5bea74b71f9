/** Progress against the grade targets: one person's year with its chart, and HR's per-grade view. */
package jp.manabi.web.progress;
