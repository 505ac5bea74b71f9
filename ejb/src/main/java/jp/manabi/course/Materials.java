package jp.manabi.course;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.manabi.platform.ValidationFailedException;

/**
 * The rules for course materials: which kinds of document are taken (by extension, with the type
 * the server will send), how a file name is made safe, and how the bytes reach the content folder
 * (whole or not at all, within a size limit).
 */
final class Materials {

    /** The largest material taken, the same as the largest package. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("html", "text/html;charset=UTF-8"), Map.entry("htm", "text/html;charset=UTF-8"),
            Map.entry("txt", "text/plain;charset=UTF-8"));

    private Materials() {
    }

    static Optional<String> contentType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(TYPES.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** The name as shown: NFC, without folders a browser may send, without control characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new ValidationFailedException("material.name");
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    /** The name on disk: only letters, digits, dot, dash and underscore (the shown name stays in the database). */
    static String storedName(String safeName) {
        String ascii = safeName.replaceAll("[^A-Za-z0-9._-]", "_");
        return ascii.startsWith(".") ? "_" + ascii : ascii;
    }

    /** Writes the stream to the target through a temporary file; refuses more than {@link #MAX_BYTES}. */
    static long store(InputStream content, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
            long total = 0;
            try (OutputStream out = Files.newOutputStream(partial)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = content.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_BYTES) {
                        throw new ValidationFailedException("material.tooLarge", MAX_BYTES / (1024 * 1024));
                    }
                    out.write(buffer, 0, n);
                }
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(partial);
                Files.deleteIfExists(target.getParent());
                throw e;
            }
            if (total == 0) {
                Files.deleteIfExists(partial);
                Files.deleteIfExists(target.getParent());
                throw new ValidationFailedException("material.empty");
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
