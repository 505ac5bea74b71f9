/** What the application stands on: its data source, schema migrations, settings and the caller's identity. */
package jp.manabi.platform;
