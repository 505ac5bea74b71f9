/** The city's organisation: departments as a tree of 部, 課 and 係. */
package jp.manabi.organisation;
