/** Progress against the grade targets: evidence (completions) with points per ability, gaps, the team and HR views. */
package jp.manabi.progress;
