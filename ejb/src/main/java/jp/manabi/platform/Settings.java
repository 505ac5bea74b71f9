package jp.manabi.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * What an operator configures, read from system properties ({@code manabi.data.dir}) or the
 * environment ({@code MANABI_DATA_DIR}), the property winning. The run command sets these from
 * {@code config/manabi.properties} or the environment.
 */
public final class Settings {

    private Settings() {
    }

    static Optional<String> value(String property) {
        String fromProperty = System.getProperty(property);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return Optional.of(fromProperty.strip());
        }
        String env = System.getenv(property.toUpperCase().replace('.', '_'));
        return env == null || env.isBlank() ? Optional.empty() : Optional.of(env.strip());
    }

    /** The folder that holds uploaded and unpacked content, shared by every node. */
    public static Path dataDir() {
        return Path.of(value("manabi.data.dir").orElse(System.getProperty("user.home") + "/.manabi"));
    }

    /**
     * Where unpacked course packages live ({@code manabi.content.dir}); by default {@code content}
     * under the data folder. On several nodes it must be a folder every node sees.
     */
    public static Path contentDir() {
        return value("manabi.content.dir").map(Path::of).orElseGet(() -> dataDir().resolve("content"));
    }

    /** Demo mode loads the demo city on an empty database and gives its accounts a password. */
    public static boolean demoMode() {
        return value("manabi.demo").map(Boolean::parseBoolean).orElse(false);
    }

    /** The demo accounts' password, when the operator chose one (tests do); otherwise one is generated. */
    public static Optional<String> demoPassword() {
        return value("manabi.demo.password");
    }

    /**
     * The secret that signs the verification codes of completion certificates
     * ({@code manabi.certificate.secret}). Without one, a random secret is generated once and kept in
     * {@code certificate.secret} in the data folder, readable by the owner only, so that codes stay
     * valid after a restart and on every node that shares the data folder.
     */
    public static String certificateSecret() {
        return value("manabi.certificate.secret").orElseGet(() -> storedSecret(dataDir().resolve("certificate.secret")));
    }

    static String storedSecret(Path file) {
        try {
            if (Files.exists(file)) {
                return readSecret(file);
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Path temporary = file.resolveSibling(file.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
            try {
                createOwnerOnly(temporary);
                Files.writeString(temporary, secret + "\n", StandardCharsets.US_ASCII);
                // A hard link appears with its content or not at all, and refuses to replace a file that
                // another node wrote meanwhile: the first secret written wins everywhere.
                Files.createLink(file, temporary);
            } catch (FileAlreadyExistsException anotherNodeWasFirst) {
                // read below
            } catch (UnsupportedOperationException noHardLinks) {
                try {
                    Files.move(temporary, file);
                } catch (FileAlreadyExistsException anotherNodeWasFirst) {
                    // read below
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
            return readSecret(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the certificate secret in " + file, e);
        }
    }

    private static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
            java.io.File plain = file.toFile();
            plain.setReadable(false, false);
            plain.setWritable(false, false);
            plain.setReadable(true, true);
            plain.setWritable(true, true);
        }
    }

    private static String readSecret(Path file) throws IOException {
        String secret = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (secret.isEmpty()) {
            throw new IOException("the certificate secret file is empty");
        }
        return secret;
    }
}
