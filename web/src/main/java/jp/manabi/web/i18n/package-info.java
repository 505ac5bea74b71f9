/** The user's language (Japanese first, English second) and the message bundles every page reads. */
package jp.manabi.web.i18n;
