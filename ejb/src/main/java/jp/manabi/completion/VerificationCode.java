package jp.manabi.completion;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jp.manabi.platform.Settings;

/**
 * The code printed on a completion certificate that HR checks it with: 12 characters (60 bits) of an
 * HMAC-SHA256 over the completion, the employee number, the course and the date, keyed with the
 * server's secret ({@link Settings#certificateSecret()}), written XXXX-XXXX-XXXX in an alphabet
 * without the characters people confuse (no 0/O, no 1/I).
 */
public final class VerificationCode {

    /** 32 characters, 5 bits each: digits 2–9 and A–Z without I and O. */
    public static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private static final int LENGTH = 12;
    private static final int GROUP = 4;

    private final SecretKeySpec key;

    public VerificationCode(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("the certificate secret is empty");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** With the secret the operator configured, or the one kept in the data folder. */
    public static VerificationCode fromSettings() {
        return new VerificationCode(Settings.certificateSecret());
    }

    /** 「7KQM-3XWD-P9HA」 for this completion. */
    public String code(long completionId, String employeeNumber, String course, LocalDate completedOn) {
        byte[] mac = mac(completionId, employeeNumber, course, completedOn);
        StringBuilder code = new StringBuilder(LENGTH + LENGTH / GROUP);
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (mac[i] & 0xff);
        }
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % GROUP == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt((int) ((bits >>> (64 - 5 * (i + 1))) & 31)));
        }
        return code.toString();
    }

    /**
     * Whether a code typed by HR belongs to this completion. Case, spaces and hyphens do not matter.
     */
    public boolean verify(String typed, long completionId, String employeeNumber, String course, LocalDate completedOn) {
        if (typed == null) {
            return false;
        }
        String normalised = normalise(typed);
        if (normalised.length() != LENGTH) {
            return false;
        }
        String expected = code(completionId, employeeNumber, course, completedOn).replace("-", "");
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                normalised.getBytes(StandardCharsets.US_ASCII));
    }

    static String normalise(String typed) {
        StringBuilder out = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ' || c == '\u3000' || c == '\u2010' || c == '\u30fc') {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private byte[] mac(long completionId, String employeeNumber, String course, LocalDate completedOn) {
        Objects.requireNonNull(employeeNumber, "employeeNumber");
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(completedOn, "completedOn");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            // Each field with its length, so that no two different inputs give the same message.
            String message = "manabi-certificate-v1\n" + field(Long.toString(completionId)) + field(employeeNumber)
                    + field(course) + field(completedOn.toString());
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String field(String value) {
        return value.length() + ":" + value + "\n";
    }
}
