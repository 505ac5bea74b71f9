/** Taking an e-learning course: launches, runtime commits, attempts, resume and the status the LMS decides. */
package jp.manabi.learning;
