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

    /** What a file of each kind starts with: a file renamed to look like another kind is refused. */
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private Materials() {
    }

    /**
     * Whether the first bytes fit the kind the name claims: PDF, Office Open XML (a zip), the old
     * Office format (OLE), or text without NUL bytes for HTML and plain text.
     */
    static boolean looksLike(String extension, byte[] head, int length) {
        return switch (extension.toLowerCase(Locale.ROOT)) {
            case "pdf" -> startsWith(head, length, PDF);
            case "docx", "pptx", "xlsx" -> startsWith(head, length, ZIP);
            case "doc", "ppt", "xls" -> startsWith(head, length, OLE);
            default -> {
                for (int i = 0; i < length; i++) {
                    if (head[i] == 0) {
                        yield false;
                    }
                }
                yield true;
            }
        };
    }

    private static boolean startsWith(byte[] head, int length, byte[] signature) {
        if (length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (head[i] != signature[i]) {
                return false;
            }
        }
        return true;
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
            String extension = target.getFileName().toString().substring(target.getFileName().toString().lastIndexOf('.') + 1);
            try (OutputStream out = Files.newOutputStream(partial)) {
                byte[] buffer = new byte[64 * 1024];
                int n = content.readNBytes(buffer, 0, 512);
                if (n > 0 && !looksLike(extension, buffer, n)) {
                    throw new ValidationFailedException("material.mismatch", extension.toUpperCase(Locale.ROOT));
                }
                if (n > 0) {
                    total += n;
                    out.write(buffer, 0, n);
                }
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
