/** The audit log: who did what to which course (or other record), and when. */
package jp.manabi.audit;
