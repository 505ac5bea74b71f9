/** Course content over HTTP: the files of unpacked packages, same origin, to the people allowed to take them. */
package jp.manabi.web.content;
