/** HR's editor of the yearly ability targets per grade. */
package jp.manabi.web.policy;
