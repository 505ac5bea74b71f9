package jp.manabi.content.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import jp.manabi.content.packaging.PackageRejectedException.Reason;

/**
 * Unpacks an uploaded zip into a folder of its own, all or nothing. The upload is spooled to a
 * temporary file first because only the central directory tells the compressed sizes (for the
 * zip-bomb ratio) and the Unix modes (for symbolic links, which java.util.zip does not expose).
 * Sizes are counted while writing, never taken from the headers, and the folder appears under its
 * final name only once every entry is out; on any refusal nothing is left behind.
 */
public final class SafeUnzip {

    /** Small files legitimately compress very well; the ratio is checked only above this size. */
    private static final long RATIO_FLOOR_BYTES = 1L << 20;
    private static final int S_IFMT = 0170000;
    private static final int S_IFLNK = 0120000;

    private SafeUnzip() {
    }

    /** Unpacks {@code zip} into {@code target} (which must not exist yet) and returns the file names it holds. */
    public static List<String> extract(InputStream zip, Path target, ZipLimits limits) throws PackageRejectedException {
        Path spool = null;
        Path partial = target.resolveSibling(target.getFileName() + ".partial-" + UUID.randomUUID());
        try {
            Files.createDirectories(target.getParent());
            spool = Files.createTempFile(target.getParent(), "upload-", ".zip");
            try (OutputStream out = Files.newOutputStream(spool)) {
                zip.transferTo(out);
            }
            rejectLinks(spool);
            List<String> files = unpack(spool, partial, limits);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return files;
        } catch (IOException e) {
            throw new PackageRejectedException(Reason.STORAGE, e.getMessage());
        } finally {
            deleteQuietly(partial);
            deleteQuietly(spool);
        }
    }

    private static List<String> unpack(Path spool, Path partial, ZipLimits limits) throws PackageRejectedException, IOException {
        List<String> files = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long total = 0;
        ZipFile zipFile;
        try {
            zipFile = new ZipFile(spool.toFile());
        } catch (ZipException e) {
            throw new PackageRejectedException(Reason.NOT_A_ZIP, "");
        }
        try (zipFile) {
            if (zipFile.size() > limits.maxEntries()) {
                throw new PackageRejectedException(Reason.TOO_MANY_ENTRIES, Integer.toString(limits.maxEntries()));
            }
            Files.createDirectories(partial);
            Enumeration<? extends ZipEntry> entries = zipFile.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = safeName(entry.getName());
                if (!seen.add(name)) {
                    throw new PackageRejectedException(Reason.DUPLICATE, entry.getName());
                }
                Path destination = partial.resolve(name).normalize();
                if (!destination.startsWith(partial)) {
                    throw new PackageRejectedException(Reason.UNSAFE_PATH, entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                    continue;
                }
                Files.createDirectories(destination.getParent());
                long written = copy(zipFile, entry, destination, limits, limits.maxTotalBytes() - total);
                total += written;
                files.add(name);
            }
        } catch (UncheckedIOException | ZipException e) {
            throw new PackageRejectedException(Reason.NOT_A_ZIP, e.getMessage());
        }
        return files;
    }

    private static long copy(ZipFile zipFile, ZipEntry entry, Path destination, ZipLimits limits, long totalLeft)
            throws IOException, PackageRejectedException {
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        long compressed = Math.max(1, entry.getCompressedSize());
        try (InputStream in = zipFile.getInputStream(entry);
                OutputStream out = Files.newOutputStream(destination, StandardOpenOption.CREATE_NEW)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                written += read;
                if (written > limits.maxEntryBytes()) {
                    throw new PackageRejectedException(Reason.ENTRY_TOO_LARGE, entry.getName());
                }
                if (written > totalLeft) {
                    throw new PackageRejectedException(Reason.TOO_LARGE, Long.toString(limits.maxTotalBytes() >> 20));
                }
                if (written > RATIO_FLOOR_BYTES && written / compressed > limits.maxRatio()) {
                    throw new PackageRejectedException(Reason.COMPRESSION_RATIO, entry.getName());
                }
                out.write(buffer, 0, read);
            }
        }
        return written;
    }

    /** The entry name as a relative path inside the package, or a refusal. */
    static String safeName(String name) throws PackageRejectedException {
        if (name.isEmpty() || name.indexOf('\0') >= 0 || name.contains("\\") || name.startsWith("/")
                || name.matches("^[A-Za-z]:.*")) {
            throw new PackageRejectedException(Reason.UNSAFE_PATH, name);
        }
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                throw new PackageRejectedException(Reason.UNSAFE_PATH, name);
            }
        }
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }

    /**
     * Reads the central directory for entries made on Unix whose mode is a symbolic link. The end
     * record is found from the end of the file (it may be followed by a comment of up to 64 KB).
     */
    private static void rejectLinks(Path spool) throws IOException, PackageRejectedException {
        try (FileChannel channel = FileChannel.open(spool, StandardOpenOption.READ)) {
            long size = channel.size();
            int tail = (int) Math.min(size, 22 + 65_535);
            ByteBuffer end = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(end, size - tail);
            int eocd = -1;
            for (int i = tail - 22; i >= 0; i--) {
                if (end.getInt(i) == 0x06054b50) {
                    eocd = i;
                    break;
                }
            }
            if (eocd < 0) {
                throw new PackageRejectedException(Reason.NOT_A_ZIP, "");
            }
            long directorySize = Integer.toUnsignedLong(end.getInt(eocd + 12));
            long directoryOffset = Integer.toUnsignedLong(end.getInt(eocd + 16));
            if (directoryOffset + directorySize > size || directorySize > Integer.MAX_VALUE) {
                throw new PackageRejectedException(Reason.NOT_A_ZIP, "");
            }
            ByteBuffer directory = ByteBuffer.allocate((int) directorySize).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(directory, directoryOffset);
            int p = 0;
            while (p + 46 <= directorySize && directory.getInt(p) == 0x02014b50) {
                int madeBy = Short.toUnsignedInt(directory.getShort(p + 4)) >> 8;
                int nameLength = Short.toUnsignedInt(directory.getShort(p + 28));
                int extraLength = Short.toUnsignedInt(directory.getShort(p + 30));
                int commentLength = Short.toUnsignedInt(directory.getShort(p + 32));
                int unixMode = directory.getInt(p + 38) >>> 16;
                if (madeBy == 3 && (unixMode & S_IFMT) == S_IFLNK) {
                    byte[] name = new byte[nameLength];
                    directory.get(p + 46, name);
                    throw new PackageRejectedException(Reason.LINK, new String(name, java.nio.charset.StandardCharsets.UTF_8));
                }
                p += 46 + nameLength + extraLength + commentLength;
            }
        }
    }

    /** Removes a folder (or file) and everything in it, as far as it can: for refused or partial uploads. */
    public static void deleteQuietly(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // Left for the operator; the package itself was refused or stored already.
        }
    }
}
