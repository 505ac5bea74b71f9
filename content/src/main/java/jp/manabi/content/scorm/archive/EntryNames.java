package jp.manabi.content.scorm.archive;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The names a zip may give its entries. A name is accepted only as a plain relative path that
 * stays inside the package folder on every operating system: no "..", no leading "/", no drive
 * letter, no backslash (which Windows reads as a separator, so "..\evil" is a zip slip there), no
 * control characters, and no segment or path longer than file systems store.
 */
final class EntryNames {

    private static final int MAX_SEGMENT_BYTES = 255;
    private static final int MAX_PATH_BYTES = 1024;

    private EntryNames() {
    }

    /**
     * The name as a normalised relative path without a trailing slash ("./" segments and doubled
     * slashes dropped), or empty when it is unsafe.
     */
    static Optional<String> normalise(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0
                || name.length() >= 2 && isAsciiLetter(name.charAt(0)) && name.charAt(1) == ':') {
            return Optional.empty();
        }
        StringBuilder path = new StringBuilder();
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..") || segment.getBytes(StandardCharsets.UTF_8).length > MAX_SEGMENT_BYTES
                    || segment.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
                return Optional.empty();
            }
            if (path.length() > 0) {
                path.append('/');
            }
            path.append(segment);
        }
        if (path.length() == 0 || path.toString().getBytes(StandardCharsets.UTF_8).length > MAX_PATH_BYTES) {
            return Optional.empty();
        }
        return Optional.of(path.toString());
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}
