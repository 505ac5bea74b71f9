package jp.manabi.web.content;

import jakarta.servlet.http.HttpServletRequest;
import java.util.OptionalLong;

/** The number a servlet's address ends with ({@code /materials/42}); empty for anything else. */
public final class PathId {

    private PathId() {
    }

    public static OptionalLong of(HttpServletRequest request) {
        String info = request.getPathInfo();
        if (info == null || info.length() < 2 || info.length() > 20) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(info.substring(1)));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
