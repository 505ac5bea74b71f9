/** The learner's screens: the course catalogue and the player. */
package jp.manabi.web.learning;
