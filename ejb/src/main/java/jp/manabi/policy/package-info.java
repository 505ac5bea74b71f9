/** The staff development policy as reference data: tiers, grades, abilities, role expectations and ability targets. */
package jp.manabi.policy;
