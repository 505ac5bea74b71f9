package jp.manabi.content.packaging;

/**
 * How much an uploaded package may unpack to. The defaults fit real e-learning (the largest corpus
 * course is 0.4 MB zipped; video-heavy courses reach hundreds of MB) and stop zip bombs long before
 * the disk fills.
 */
public record ZipLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio) {

    public static ZipLimits defaults() {
        return new ZipLimits(20_000, 1L << 30, 2L << 30, 200);
    }
}
