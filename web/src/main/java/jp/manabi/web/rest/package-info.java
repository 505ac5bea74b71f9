/** The JSON API for integrations (and the tests): the same services, the same authorization, over HTTP. */
package jp.manabi.web.rest;
