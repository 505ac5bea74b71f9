package jp.manabi.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes passwords with PBKDF2 (HMAC-SHA256, salted) through Jakarta Security's own
 * implementation; the stored string carries algorithm, iterations and salt, so the parameters can
 * be raised later without invalidating existing hashes.
 */
@ApplicationScoped
public class PasswordHasher {

    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256 is 600,000; this keeps a sign-in under ~0.1 s on a small server. */
    static final int ITERATIONS = 210_000;

    @Inject
    private Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String stored) {
        return stored != null && hash.verify(password.toCharArray(), stored);
    }
}
