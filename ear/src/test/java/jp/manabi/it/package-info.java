/** End-to-end tests: the EAR on a real Payara (Arquillian), real PostgreSQL, and real Chromium. */
package jp.manabi.it;
