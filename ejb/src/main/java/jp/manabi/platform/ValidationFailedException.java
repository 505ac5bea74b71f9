package jp.manabi.platform;

import jakarta.ejb.ApplicationException;

/**
 * Input a service refused, with a message key from the application bundle and its arguments, so
 * that the page shows the reason in the user's language. Nothing was written.
 */
@ApplicationException(rollback = true)
public class ValidationFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Object[] arguments;

    public ValidationFailedException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
