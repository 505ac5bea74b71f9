package jp.manabi.platform;

import java.nio.file.Path;
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
}
