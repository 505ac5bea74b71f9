package jp.manabi.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.manabi.platform.Settings;

class VerificationCodeTest {

    private static final LocalDate DAY = LocalDate.of(2019, 5, 1);
    private final VerificationCode codes = new VerificationCode("a server secret");

    @Test
    void theSameInputGivesTheSameCodeInGroupsOfFour() {
        String code = codes.code(42, "1031", "C-0007", DAY);
        assertEquals(code, codes.code(42, "1031", "C-0007", DAY));
        assertEquals(code, new VerificationCode("a server secret").code(42, "1031", "C-0007", DAY));
        assertTrue(code.matches("[" + VerificationCode.ALPHABET + "]{4}-[" + VerificationCode.ALPHABET + "]{4}-["
                + VerificationCode.ALPHABET + "]{4}"), code);
    }

    @Test
    void anyChangedFieldOrSecretGivesAnotherCode() {
        String code = codes.code(42, "1031", "C-0007", DAY);
        assertNotEquals(code, codes.code(43, "1031", "C-0007", DAY));
        assertNotEquals(code, codes.code(42, "1032", "C-0007", DAY));
        assertNotEquals(code, codes.code(42, "1031", "C-0008", DAY));
        assertNotEquals(code, codes.code(42, "1031", "C-0007", DAY.plusDays(1)));
        assertNotEquals(code, new VerificationCode("another secret").code(42, "1031", "C-0007", DAY));
        // Fields cannot be shifted into one another.
        assertNotEquals(codes.code(42, "10", "31C", DAY), codes.code(42, "1031", "C", DAY));
    }

    @Test
    void verifyAcceptsTheRightCodeHoweverItIsTyped() {
        String code = codes.code(42, "1031", "C-0007", DAY);
        assertTrue(codes.verify(code, 42, "1031", "C-0007", DAY));
        assertTrue(codes.verify(code.toLowerCase().replace("-", ""), 42, "1031", "C-0007", DAY));
        assertTrue(codes.verify(" " + code.replace("-", " ") + " ", 42, "1031", "C-0007", DAY));
    }

    @Test
    void verifyRefusesATamperedCodeOrAnotherCompletion() {
        String code = codes.code(42, "1031", "C-0007", DAY);
        char first = code.charAt(0);
        char other = VerificationCode.ALPHABET.charAt((VerificationCode.ALPHABET.indexOf(first) + 1) % 32);
        assertFalse(codes.verify(other + code.substring(1), 42, "1031", "C-0007", DAY));
        assertFalse(codes.verify(code, 43, "1031", "C-0007", DAY));
        assertFalse(codes.verify(code, 42, "1032", "C-0007", DAY));
        assertFalse(codes.verify(code, 42, "1031", "C-0008", DAY));
        assertFalse(codes.verify(code, 42, "1031", "C-0007", DAY.plusDays(1)));
        assertFalse(new VerificationCode("another secret").verify(code, 42, "1031", "C-0007", DAY));
        assertFalse(codes.verify(code.substring(0, 13), 42, "1031", "C-0007", DAY));
        assertFalse(codes.verify(code + "A", 42, "1031", "C-0007", DAY));
        assertFalse(codes.verify("", 42, "1031", "C-0007", DAY));
        assertFalse(codes.verify(null, 42, "1031", "C-0007", DAY));
    }

    @Test
    void theAlphabetHasNoAmbiguousCharacters() {
        assertEquals(32, VerificationCode.ALPHABET.length());
        for (char c : "0O1I".toCharArray()) {
            assertEquals(-1, VerificationCode.ALPHABET.indexOf(c), String.valueOf(c));
        }
        Set<Character> seen = new HashSet<>();
        for (int id = 0; id < 2000; id++) {
            for (char c : codes.code(id, "1031", "C-0007", DAY).replace("-", "").toCharArray()) {
                assertTrue(VerificationCode.ALPHABET.indexOf(c) >= 0, String.valueOf(c));
                seen.add(c);
            }
        }
        assertEquals(32, seen.size(), "every character of the alphabet is used");
    }

    @Test
    void anEmptySecretIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new VerificationCode(" "));
        assertThrows(IllegalArgumentException.class, () -> new VerificationCode(null));
    }

    @Test
    void theSecretIsConfiguredOrGeneratedOnceInTheDataFolderForTheOwnerOnly(@TempDir Path dataDir) throws IOException {
        String oldDataDir = System.getProperty("manabi.data.dir");
        String oldSecret = System.getProperty("manabi.certificate.secret");
        try {
            System.setProperty("manabi.certificate.secret", "configured");
            assertEquals("configured", Settings.certificateSecret());

            System.clearProperty("manabi.certificate.secret");
            if (System.getenv("MANABI_CERTIFICATE_SECRET") != null) {
                return;
            }
            System.setProperty("manabi.data.dir", dataDir.resolve("data").toString());
            String generated = Settings.certificateSecret();
            assertTrue(generated.length() >= 40, generated);
            Path file = dataDir.resolve("data/certificate.secret");
            assertTrue(Files.isRegularFile(file));
            assertEquals(generated, Settings.certificateSecret(), "the same after a restart");
            try (var listing = Files.list(file.getParent())) {
                assertEquals(1, listing.count(), "no temporary file left");
            }
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            }
            String code = VerificationCode.fromSettings().code(1, "1031", "C", DAY);
            assertEquals(code, new VerificationCode(generated).code(1, "1031", "C", DAY));
        } finally {
            restore("manabi.data.dir", oldDataDir);
            restore("manabi.certificate.secret", oldSecret);
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }
}
