/** The organisation chart screen: the department tree with staff counts, and adding departments. */
package jp.manabi.web.organisation;
