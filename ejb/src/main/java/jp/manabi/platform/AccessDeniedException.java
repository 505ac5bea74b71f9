package jp.manabi.platform;

import jakarta.ejb.ApplicationException;

/**
 * A signed-in person asked for something their roles or position do not allow. Rolls the
 * transaction back; the web layer turns it into a 403 page.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
