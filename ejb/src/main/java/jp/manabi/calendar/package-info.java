/** The Japanese calendar of public administration: fiscal years (April–March) and era (令和) dates. */
package jp.manabi.calendar;
