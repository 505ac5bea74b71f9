/** What employees finished, whatever the kind of training: the record the ability targets and reports count. */
package jp.manabi.completion;
