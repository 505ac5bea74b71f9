/** Sign-in accounts of the staff, their hashed passwords and their application roles. */
package jp.manabi.account;
