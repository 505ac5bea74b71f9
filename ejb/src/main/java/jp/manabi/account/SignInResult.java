package jp.manabi.account;

import java.io.Serializable;
import java.util.Set;

/** A successful sign-in: who it was and which roles they hold. */
public record SignInResult(String login, Set<Role> roles) implements Serializable {
}
