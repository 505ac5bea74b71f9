/** The demo city loaded into an empty database in demo mode, so a newcomer can sign in and look around. */
package jp.manabi.demo;
