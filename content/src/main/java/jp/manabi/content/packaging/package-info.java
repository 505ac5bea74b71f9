/** Course packages as uploaded: zip files that are hostile until every entry has been checked. */
package jp.manabi.content.packaging;
