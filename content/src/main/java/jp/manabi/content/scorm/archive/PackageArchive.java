package jp.manabi.content.scorm.archive;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import jp.manabi.content.scorm.ImportLimits;
import jp.manabi.content.scorm.PackageProblem;
import jp.manabi.content.scorm.PackageRejectedException;
import jp.manabi.content.scorm.ProblemCode;

/**
 * An uploaded zip, spooled to a file of its own and checked entry by entry before a single byte is
 * unpacked.
 *
 * <p>Why a spooled file and {@link ZipFile} rather than a {@link java.util.zip.ZipInputStream} over
 * the upload: a zip has two descriptions of its entries, the local headers in front of each entry
 * and the central directory at the end, and only the central directory holds the Unix file mode
 * (the only way to see a symbolic link) and trustworthy compressed sizes (local headers of
 * streamed entries carry zeros). A stream reader sees only local headers, so it can neither refuse
 * links nor bound compression ratios before inflating, and an archive whose two descriptions
 * disagree would be checked on one and unpacked from the other. Here the central directory is the
 * single source of truth: it is read byte by byte for modes and raw names, every name is checked,
 * and the same entries are then unpacked through {@link ZipFile}. Declared sizes are used only to
 * refuse early; while unpacking, the bytes are counted and the CRC checked, so an entry that lies
 * about its size is caught by what it really produces.
 */
public final class PackageArchive implements Closeable {

    private static final int S_IFMT = 0170000;
    private static final int S_IFLNK = 0120000;
    private static final int S_IFDIR = 0040000;
    private static final int S_IFREG = 0100000;
    private static final int MAX_PROBLEMS = 100;
    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    private final ZipFile zip;
    private final ImportLimits limits;
    /** Normalised names of files (not folders) in directory order, with their entries. */
    private final Map<String, ZipEntry> files;
    /** Normalised names of folders the zip lists explicitly. */
    private final List<String> folders;

    private PackageArchive(ZipFile zip, ImportLimits limits, Map<String, ZipEntry> files, List<String> folders) {
        this.zip = zip;
        this.limits = limits;
        this.files = files;
        this.folders = folders;
    }

    /**
     * Copies an upload to {@code file} (which must not exist), refusing it as soon as it passes
     * the archive limit. The upload stream is read but not closed.
     */
    public static void spool(InputStream upload, Path file, ImportLimits limits) throws IOException, PackageRejectedException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (int n = upload.read(buffer); n >= 0; n = upload.read(buffer)) {
                total += n;
                if (total > limits.maxArchiveBytes()) {
                    throw new PackageRejectedException(PackageProblem.of(ProblemCode.ARCHIVE_TOO_LARGE, "",
                            ImportLimits.megabytes(limits.maxArchiveBytes())));
                }
                out.write(buffer, 0, n);
            }
        }
    }

    /** Opens a spooled upload, refusing it with every problem its central directory shows. */
    public static PackageArchive open(Path file, ImportLimits limits) throws IOException, PackageRejectedException {
        List<CentralDirectory.RawEntry> raw;
        try {
            raw = CentralDirectory.read(file, limits.maxEntries());
        } catch (CentralDirectory.NotAZipException e) {
            throw new PackageRejectedException(PackageProblem.of(ProblemCode.NOT_A_ZIP, ""));
        } catch (CentralDirectory.TooManyEntriesException e) {
            throw new PackageRejectedException(PackageProblem.of(ProblemCode.TOO_MANY_ENTRIES, "",
                    Integer.toString(limits.maxEntries())));
        }
        Charset charset = nameCharset(raw).orElseThrow(() -> new PackageRejectedException(
                PackageProblem.of(ProblemCode.ENTRY_NAME_ENCODING, "")));
        List<String> names = new ArrayList<>(raw.size());
        for (CentralDirectory.RawEntry entry : raw) {
            names.add(decode(entry.name(), entry.utf8() ? StandardCharsets.UTF_8 : charset).orElseThrow());
        }
        List<PackageProblem> problems = new ArrayList<>();
        List<String> normalised = checkNames(raw, names, problems);
        refuseIf(problems);

        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), charset);
        } catch (ZipException e) {
            throw new PackageRejectedException(PackageProblem.of(ProblemCode.NOT_A_ZIP, ""));
        }
        try {
            PackageArchive archive = checkEntries(zip, raw, names, normalised, limits, problems);
            refuseIf(problems);
            return archive;
        } catch (PackageRejectedException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** Names, file types and name clashes; returns the normalised names (null where unsafe). */
    private static List<String> checkNames(List<CentralDirectory.RawEntry> raw, List<String> names,
            List<PackageProblem> problems) {
        List<String> normalised = new ArrayList<>(names.size());
        Set<String> seen = new HashSet<>();
        Set<String> fileNames = new HashSet<>();
        Set<String> folderNames = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            CentralDirectory.RawEntry entry = raw.get(i);
            String name = names.get(i);
            Optional<String> safe = EntryNames.normalise(name);
            normalised.add(safe.orElse(null));
            int type = entry.unixMode() & S_IFMT;
            if (safe.isEmpty()) {
                add(problems, PackageProblem.of(ProblemCode.UNSAFE_PATH, name));
            } else if (type == S_IFLNK) {
                add(problems, PackageProblem.of(ProblemCode.SYMBOLIC_LINK, name));
            } else if (type != 0 && type != S_IFREG && type != S_IFDIR) {
                add(problems, PackageProblem.of(ProblemCode.SPECIAL_FILE, name));
            } else if (entry.encrypted()) {
                add(problems, PackageProblem.of(ProblemCode.ENTRY_UNREADABLE, name));
            }
            if (safe.isEmpty()) {
                continue;
            }
            String path = safe.get();
            boolean folder = isFolder(name, entry);
            // A file and a folder of the same name, or a file below a file, cannot both be unpacked.
            boolean clash = !seen.add(path + (folder ? "/" : "")) || (folder ? fileNames.contains(path)
                    : folderNames.contains(path) || fileNames.contains(path));
            for (int slash = path.indexOf('/'); slash >= 0 && !clash; slash = path.indexOf('/', slash + 1)) {
                clash = fileNames.contains(path.substring(0, slash));
            }
            if (clash) {
                add(problems, PackageProblem.of(ProblemCode.DUPLICATE_ENTRY, name));
            }
            if (folder) {
                folderNames.add(path);
            } else {
                fileNames.add(path);
            }
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                folderNames.add(path.substring(0, slash));
            }
        }
        return normalised;
    }

    /** The JDK's view of the same entries, their compression methods and their declared sizes. */
    private static PackageArchive checkEntries(ZipFile zip, List<CentralDirectory.RawEntry> raw, List<String> names,
            List<String> normalised, ImportLimits limits, List<PackageProblem> problems) throws PackageRejectedException {
        List<? extends ZipEntry> entries = Collections.list(zip.entries());
        if (entries.size() != raw.size()) {
            throw new PackageRejectedException(PackageProblem.of(ProblemCode.NOT_A_ZIP, ""));
        }
        Map<String, ZipEntry> files = new LinkedHashMap<>();
        List<String> folders = new ArrayList<>();
        long declaredTotal = 0;
        for (int i = 0; i < entries.size(); i++) {
            ZipEntry entry = entries.get(i);
            if (!entry.getName().equals(names.get(i))) {
                throw new PackageRejectedException(PackageProblem.of(ProblemCode.NOT_A_ZIP, ""));
            }
            String name = names.get(i);
            if (isFolder(name, raw.get(i))) {
                folders.add(normalised.get(i));
                continue;
            }
            files.put(normalised.get(i), entry);
            long size = entry.getSize();
            long compressed = Math.max(1, entry.getCompressedSize());
            declaredTotal += Math.max(0, size);
            if (entry.getMethod() != ZipEntry.STORED && entry.getMethod() != ZipEntry.DEFLATED) {
                add(problems, PackageProblem.of(ProblemCode.ENTRY_UNREADABLE, name));
            } else if (size > limits.maxEntryBytes()) {
                add(problems, PackageProblem.of(ProblemCode.ENTRY_TOO_LARGE, name, ImportLimits.megabytes(limits.maxEntryBytes())));
            } else if (size > limits.ratioFloorBytes() && size / compressed > limits.maxCompressionRatio()) {
                add(problems, PackageProblem.of(ProblemCode.COMPRESSION_RATIO, name, Integer.toString(limits.maxCompressionRatio())));
            }
        }
        if (declaredTotal > limits.maxTotalBytes()) {
            add(problems, PackageProblem.of(ProblemCode.PACKAGE_TOO_LARGE, "", ImportLimits.megabytes(limits.maxTotalBytes())));
        }
        return new PackageArchive(zip, limits, Collections.unmodifiableMap(files), List.copyOf(folders));
    }

    private static boolean isFolder(String name, CentralDirectory.RawEntry entry) {
        return name.endsWith("/") || (entry.unixMode() & S_IFMT) == S_IFDIR;
    }

    /** The normalised names of the files (not folders) in the zip, in the order of its directory. */
    public List<String> files() {
        return List.copyOf(files.keySet());
    }

    public boolean contains(String file) {
        return files.containsKey(file);
    }

    /**
     * The bytes of one file, counted as they are inflated.
     *
     * @param tooLarge the problem to refuse the package with when the file passes {@code maxBytes}
     */
    public byte[] read(String file, long maxBytes, ProblemCode tooLarge, String... tooLargeArguments)
            throws IOException, PackageRejectedException {
        ZipEntry entry = files.get(file);
        if (entry == null) {
            throw new IllegalArgumentException("no such file in the package: " + file);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        copy(entry, file, out, maxBytes, PackageProblem.of(tooLarge, file, tooLargeArguments), Long.MAX_VALUE);
        return out.toByteArray();
    }

    /**
     * Unpacks every entry into {@code folder}, which must not exist yet, and returns the files
     * written. On a refusal the folder is left as far as it got: the caller owns it and removes it.
     */
    public List<String> extractTo(Path folder) throws IOException, PackageRejectedException {
        Path root = Files.createDirectory(folder).toAbsolutePath().normalize();
        for (String name : folders) {
            Files.createDirectories(inside(root, name));
        }
        long total = 0;
        for (Map.Entry<String, ZipEntry> file : files.entrySet()) {
            Path destination = inside(root, file.getKey());
            Files.createDirectories(destination.getParent());
            try (OutputStream out = Files.newOutputStream(destination, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                total += copy(file.getValue(), file.getKey(), out, limits.maxEntryBytes(),
                        PackageProblem.of(ProblemCode.ENTRY_TOO_LARGE, file.getKey(),
                                ImportLimits.megabytes(limits.maxEntryBytes())),
                        limits.maxTotalBytes() - total);
            }
        }
        return files();
    }

    /** Names were checked already; this only guards against a path the file system reads differently. */
    private static Path inside(Path root, String name) throws IOException {
        Path path = root.resolve(name).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IOException("entry escapes the package folder: " + name);
        }
        return path;
    }

    private long copy(ZipEntry entry, String name, OutputStream out, long maxBytes, PackageProblem tooLarge, long totalLeft)
            throws IOException, PackageRejectedException {
        long compressed = Math.max(1, entry.getCompressedSize());
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        CRC32 crc = new CRC32();
        try (InputStream in = new CheckedInputStream(open(entry, name), crc)) {
            for (int n = read(in, buffer, name); n >= 0; n = read(in, buffer, name)) {
                written += n;
                if (written > maxBytes) {
                    throw new PackageRejectedException(tooLarge);
                }
                if (written > totalLeft) {
                    throw new PackageRejectedException(PackageProblem.of(ProblemCode.PACKAGE_TOO_LARGE, "",
                            ImportLimits.megabytes(limits.maxTotalBytes())));
                }
                // The compressed size bounds what the inflater may consume from the file, so the
                // ratio of real output to it is honest even when the declared sizes are not.
                if (written > limits.ratioFloorBytes() && written / compressed > limits.maxCompressionRatio()) {
                    throw new PackageRejectedException(PackageProblem.of(ProblemCode.COMPRESSION_RATIO, name,
                            Integer.toString(limits.maxCompressionRatio())));
                }
                out.write(buffer, 0, n);
            }
        }
        if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
            throw unreadable(name);
        }
        return written;
    }

    private InputStream open(ZipEntry entry, String name) throws PackageRejectedException {
        try {
            return zip.getInputStream(entry);
        } catch (IOException e) {
            throw unreadable(name);
        }
    }

    /** Read errors are the package's fault (damaged data); write errors stay IOExceptions. */
    private static int read(InputStream in, byte[] buffer, String name) throws PackageRejectedException {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw unreadable(name);
        }
    }

    private static PackageRejectedException unreadable(String name) {
        return new PackageRejectedException(PackageProblem.of(ProblemCode.ENTRY_UNREADABLE, name));
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /**
     * Names without the UTF-8 flag are in whatever code page the zipping computer used. Japanese
     * Windows writes Shift_JIS (CP932); tools that write UTF-8 without the flag exist too. UTF-8
     * is tried first because Shift_JIS would accept many UTF-8 byte sequences as mojibake.
     */
    private static Optional<Charset> nameCharset(List<CentralDirectory.RawEntry> raw) {
        for (CentralDirectory.RawEntry entry : raw) {
            if (entry.utf8() && decode(entry.name(), StandardCharsets.UTF_8).isEmpty()) {
                return Optional.empty();
            }
        }
        for (Charset candidate : List.of(StandardCharsets.UTF_8, SHIFT_JIS)) {
            if (raw.stream().filter(e -> !e.utf8()).allMatch(e -> decode(e.name(), candidate).isPresent())) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> decode(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static void add(List<PackageProblem> problems, PackageProblem problem) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        }
    }

    private static void refuseIf(List<PackageProblem> problems) throws PackageRejectedException {
        if (!problems.isEmpty()) {
            throw new PackageRejectedException(problems);
        }
    }
}
