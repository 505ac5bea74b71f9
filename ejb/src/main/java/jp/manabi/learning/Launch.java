package jp.manabi.learning;

import java.util.Map;

/**
 * Everything the browser needs to run one SCO: the session token its commits name, the runtime to
 * create (SCORM 1.2 or 2004), the address of the content, and the data the API starts with.
 *
 * @param contentPath relative to the application, e.g. {@code content/51/index.html?x=1}
 * @param api {@code "1.2"}, {@code "2004"}, or {@code "none"} for an asset
 * @param cmi the initial run-time data as dotted names (learner, entry, location, suspend data…)
 */
public record Launch(String token, String activity, String title, String api, String contentPath, Map<String, String> cmi) {
}
