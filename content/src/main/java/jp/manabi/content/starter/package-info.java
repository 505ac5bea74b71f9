/** The two starter e-learning modules Manabi ships as SCORM 2004 packages (built from src/main/starter). */
package jp.manabi.content.starter;
