package jp.manabi.platform;

import jakarta.ejb.ApplicationException;

/** What was asked for does not exist (or the caller may not know that it does). */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
