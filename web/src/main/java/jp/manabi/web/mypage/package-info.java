/** My page: the signed-in employee's own record, grade expectations and ability targets. */
package jp.manabi.web.mypage;
