/** The employee's own page: who they are, what their grade expects of them and this year's targets. */
package jp.manabi.mypage;
