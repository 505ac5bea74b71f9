/** Signing in and out: our own login page, the identity store over the staff accounts, and Basic auth for the API. */
package jp.manabi.web.security;
