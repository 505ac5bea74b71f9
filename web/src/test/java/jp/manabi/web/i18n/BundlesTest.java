package jp.manabi.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.manabi.account.Role;
import jp.manabi.staff.importing.CsvEncoding;
import org.junit.jupiter.api.Test;

/**
 * Every text the user can see exists in Japanese and in English: the two bundles have the same
 * keys, and every key the pages and the services name is in them.
 */
class BundlesTest {

    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/jp/manabi/web/i18n/Messages_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> keysUsedIn(Path root, String glob, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        var matcher = root.getFileSystem().getPathMatcher("glob:" + glob);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> matcher.matches(f.getFileName())).toList()) {
                Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void japaneseAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(bundle("ja").stringPropertyNames()), new TreeSet<>(bundle("en").stringPropertyNames()));
    }

    @Test
    void everyKeyThePagesAndServicesUseExists() throws IOException {
        Set<String> known = bundle("ja").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        used.addAll(keysUsedIn(Path.of("src/main/webapp"), "*.xhtml", Pattern.compile("msg\\['([A-Za-z0-9.\\-]+)'\\]")));
        Pattern javaKeys = Pattern.compile(
                "\"((?:import|employee|department|departments|targets|roles|password|paging|login)\\.[A-Za-z.]+)\"");
        used.addAll(keysUsedIn(Path.of("src/main/java"), "*.java", javaKeys));
        used.addAll(keysUsedIn(Path.of("../ejb/src/main/java"), "*.java", javaKeys));
        for (Role role : Role.values()) {
            used.add("role." + role.name());
        }
        for (CsvEncoding encoding : CsvEncoding.values()) {
            used.add("import.encoding." + encoding.name());
        }
        for (String page : new String[] {"forbidden", "not-found", "expired", "error"}) {
            used.add("error." + page + ".title");
            used.add("error." + page + ".text");
        }
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(known);
        assertTrue(missing.isEmpty(), "keys without a text: " + missing);
        assertTrue(used.size() > 150, "the scan found the keys in use: " + used.size());
    }
}
