package jp.manabi.content.scorm;

/**
 * How much an uploaded package may hold. The defaults fit real e-learning (the corpus courses are
 * 0.4 MB zipped; video courses reach a few hundred MB) and stop zip bombs long before the disk or
 * the memory fills: sizes are counted while unpacking, the compression ratio of every large file
 * is watched, and the manifest, the only file read into memory, has a limit of its own.
 *
 * @param maxArchiveBytes the upload itself, as zipped
 * @param maxEntries files and folders in the zip
 * @param maxEntryBytes one file, unpacked
 * @param maxTotalBytes all files, unpacked
 * @param maxCompressionRatio unpacked size over compressed size of one file
 * @param ratioFloorBytes files smaller than this, unpacked, are not checked for their ratio (a
 *        small file of blanks legitimately compresses a thousandfold)
 * @param maxManifestBytes imsmanifest.xml, unpacked
 */
public record ImportLimits(long maxArchiveBytes, int maxEntries, long maxEntryBytes, long maxTotalBytes,
        int maxCompressionRatio, long ratioFloorBytes, long maxManifestBytes) {

    private static final long MB = 1L << 20;

    public ImportLimits {
        if (maxArchiveBytes <= 0 || maxEntries <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0
                || maxCompressionRatio <= 0 || ratioFloorBytes < 0 || maxManifestBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static ImportLimits defaults() {
        return new ImportLimits(2048 * MB, 20_000, 1024 * MB, 4096 * MB, 200, MB, 16 * MB);
    }

    public ImportLimits withMaxArchiveBytes(long value) {
        return new ImportLimits(value, maxEntries, maxEntryBytes, maxTotalBytes, maxCompressionRatio, ratioFloorBytes,
                maxManifestBytes);
    }

    public ImportLimits withMaxEntries(int value) {
        return new ImportLimits(maxArchiveBytes, value, maxEntryBytes, maxTotalBytes, maxCompressionRatio, ratioFloorBytes,
                maxManifestBytes);
    }

    public ImportLimits withMaxEntryBytes(long value) {
        return new ImportLimits(maxArchiveBytes, maxEntries, value, maxTotalBytes, maxCompressionRatio, ratioFloorBytes,
                maxManifestBytes);
    }

    public ImportLimits withMaxTotalBytes(long value) {
        return new ImportLimits(maxArchiveBytes, maxEntries, maxEntryBytes, value, maxCompressionRatio, ratioFloorBytes,
                maxManifestBytes);
    }

    public ImportLimits withMaxCompressionRatio(int value, long floorBytes) {
        return new ImportLimits(maxArchiveBytes, maxEntries, maxEntryBytes, maxTotalBytes, value, floorBytes,
                maxManifestBytes);
    }

    public ImportLimits withMaxManifestBytes(long value) {
        return new ImportLimits(maxArchiveBytes, maxEntries, maxEntryBytes, maxTotalBytes, maxCompressionRatio,
                ratioFloorBytes, value);
    }

    /** A size in whole megabytes, rounded up, for messages. */
    public static String megabytes(long bytes) {
        return Long.toString((bytes + MB - 1) / MB);
    }
}
