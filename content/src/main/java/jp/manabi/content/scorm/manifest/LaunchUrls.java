package jp.manabi.content.scorm.manifest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a SCO's address is built from the manifest: xml:base on the manifest, on resources and on
 * the resource, then the resource's href, resolved one against the other as RFC 3986 relative
 * references; then the item's parameters appended by the CAM's rule. Addresses stay inside the
 * package (a path from its top folder) or are absolute http(s) URLs; anything climbing above the
 * package's top, starting at the server root, or using another scheme (javascript:, file:) is
 * refused, because the player would load it in the LMS's own pages.
 */
public final class LaunchUrls {

    /** RFC 3986, appendix B. */
    private static final Pattern URI_REFERENCE = Pattern.compile("^(([^:/?#]+):)?(//([^/?#]*))?([^?#]*)(\\?([^#]*))?(#(.*))?");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");

    private LaunchUrls() {
    }

    /**
     * A reference resolved against a base. The base is "" (the package's top folder), a folder
     * inside the package ("resources/") or an absolute URL.
     *
     * @return the resolved address, or empty when it leaves the package or uses a scheme other
     *         than http and https
     */
    public static Optional<String> resolve(String base, String reference) {
        Parts ref = Parts.of(reference);
        if (ref.scheme != null) {
            return isWebScheme(ref.scheme) ? Optional.of(reference) : Optional.empty();
        }
        Parts b = Parts.of(base);
        if (b.scheme != null) {
            if (!isWebScheme(b.scheme)) {
                return Optional.empty();
            }
            return Optional.of(resolveAbsolute(b, ref));
        }
        if (ref.authority != null || b.authority != null || ref.path.startsWith("/") || b.path.startsWith("/")) {
            // Network-path references and paths from the server root point outside the package.
            return Optional.empty();
        }
        String query = ref.query;
        String path;
        if (ref.path.isEmpty()) {
            path = "/" + b.path;
            query = ref.query != null ? ref.query : b.query;
        } else {
            Optional<String> merged = removeDotSegments(merge("/" + b.path, ref.path), true);
            if (merged.isEmpty()) {
                return Optional.empty();
            }
            path = merged.get();
        }
        return Optional.of(path.substring(1) + (query == null ? "" : "?" + query)
                + (ref.fragment == null ? "" : "#" + ref.fragment));
    }

    /** An xml:base written without its final slash, read as the folder its author meant (as the ADL sample LMS does). */
    public static String asFolder(String base) {
        return base.isEmpty() || base.endsWith("/") ? base : base + "/";
    }

    /**
     * The item's parameters added to the resource's address, by the CAM's algorithm: leading '?'
     * and '&amp;' are dropped; a fragment ('#…') is appended only when the address has neither a
     * query nor a fragment; anything else is a query, joined with '&amp;' to an existing one or
     * started with '?'. Where the CAM appends blindly, a query is inserted before an existing
     * fragment, since after it the SCO would never see it.
     */
    public static String withParameters(String url, String parameters) {
        if (parameters == null) {
            return url;
        }
        String p = parameters.strip();
        while (p.startsWith("?") || p.startsWith("&")) {
            p = p.substring(1);
        }
        if (p.isEmpty()) {
            return url;
        }
        if (p.startsWith("#")) {
            return url.indexOf('#') >= 0 || url.indexOf('?') >= 0 ? url : url + p;
        }
        int hash = url.indexOf('#');
        String main = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        return main + (main.indexOf('?') >= 0 ? "&" : "?") + p + fragment;
    }

    /**
     * The file an address names inside the package: query and fragment removed and
     * percent-escapes decoded; empty for absolute URLs and for the top folder itself.
     */
    public static Optional<String> packagePath(String address) {
        Parts parts = Parts.of(address);
        if (parts.scheme != null || parts.authority != null || parts.path.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(percentDecode(parts.path));
    }

    private static boolean isWebScheme(String scheme) {
        String s = scheme.toLowerCase(Locale.ROOT);
        return s.equals("http") || s.equals("https");
    }

    private static String resolveAbsolute(Parts b, Parts ref) {
        String authority = b.authority;
        String path;
        String query = ref.query;
        if (ref.authority != null) {
            authority = ref.authority;
            path = removeDotSegments(ref.path, false).orElseThrow();
        } else if (ref.path.isEmpty()) {
            path = b.path;
            query = ref.query != null ? ref.query : b.query;
        } else if (ref.path.startsWith("/")) {
            path = removeDotSegments(ref.path, false).orElseThrow();
        } else {
            String basePath = b.path.isEmpty() && b.authority != null ? "/" : b.path;
            path = removeDotSegments(merge(basePath, ref.path), false).orElseThrow();
        }
        return b.scheme + ":" + (authority == null ? "" : "//" + authority) + path + (query == null ? "" : "?" + query)
                + (ref.fragment == null ? "" : "#" + ref.fragment);
    }

    /** RFC 3986, 5.2.3. */
    private static String merge(String basePath, String referencePath) {
        int slash = basePath.lastIndexOf('/');
        return (slash < 0 ? "" : basePath.substring(0, slash + 1)) + referencePath;
    }

    /**
     * RFC 3986, 5.2.4, over a path that starts with '/'. Percent-encoded dots are dots (RFC 3986,
     * 2.3), or "%2e%2e" would climb where ".." may not.
     *
     * @param strict whether climbing above the top is refused (inside the package) rather than
     *        stopped at the top (on a web server, as RFC 3986 does)
     */
    private static Optional<String> removeDotSegments(String path, boolean strict) {
        String[] segments = path.substring(1).split("/", -1);
        Deque<String> output = new ArrayDeque<>();
        for (int i = 0; i < segments.length; i++) {
            boolean last = i == segments.length - 1;
            String segment = segments[i].replace("%2e", ".").replace("%2E", ".");
            if (segment.equals(".")) {
                if (last) {
                    output.addLast("");
                }
            } else if (segment.equals("..")) {
                if (output.isEmpty()) {
                    if (strict) {
                        return Optional.empty();
                    }
                } else {
                    output.removeLast();
                }
                if (last) {
                    output.addLast("");
                }
            } else {
                output.addLast(segments[i]);
            }
        }
        return Optional.of("/" + String.join("/", output));
    }

    private static String percentDecode(String path) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < path.length()) {
            if (path.charAt(i) == '%' && i + 2 < path.length() && isHex(path.charAt(i + 1)) && isHex(path.charAt(i + 2))) {
                bytes.write(Integer.parseInt(path.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int end = i + Character.charCount(path.codePointAt(i));
                bytes.writeBytes(path.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** The five components of a URI reference (null when absent, the path never null). */
    private record Parts(String scheme, String authority, String path, String query, String fragment) {

        static Parts of(String reference) {
            Matcher m = URI_REFERENCE.matcher(reference);
            if (!m.matches()) {
                throw new IllegalStateException("RFC 3986 appendix B matches every string");
            }
            String scheme = m.group(2);
            if (scheme != null && !SCHEME.matcher(scheme).matches()) {
                // "a b:c" has no scheme: it is a relative path that happens to hold a colon.
                Matcher relative = URI_REFERENCE.matcher("./" + reference);
                relative.matches();
                return new Parts(null, null, relative.group(5).substring(2), relative.group(7), relative.group(9));
            }
            return new Parts(scheme, m.group(4), m.group(5), m.group(7), m.group(9));
        }
    }
}
