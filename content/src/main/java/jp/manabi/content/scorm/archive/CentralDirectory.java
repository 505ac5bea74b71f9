package jp.manabi.content.scorm.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The central directory of a zip file read byte by byte, for the two things java.util.zip does not
 * tell: the Unix file type kept in the external attributes (links, devices, pipes) and the raw
 * bytes of each name with its UTF-8 flag (so that the name encoding can be chosen before the JDK
 * decodes anything). Everything else about an entry is left to {@link java.util.zip.ZipFile}.
 */
final class CentralDirectory {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int ZIP64_END_SIGNATURE = 0x06064b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int END_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;

    /** One central-directory record, as far as this class reads it. */
    record RawEntry(byte[] name, int flags, int madeByHost, long externalAttributes) {

        boolean utf8() {
            return (flags & 0x0800) != 0;
        }

        boolean encrypted() {
            return (flags & 0x0001) != 0;
        }

        /** The Unix st_mode kept in the upper half of the external attributes (0 when none). */
        int unixMode() {
            return (int) (externalAttributes >>> 16) & 0xFFFF;
        }
    }

    /** The file is not a zip file this reader understands. */
    static final class NotAZipException extends Exception {
        private static final long serialVersionUID = 1L;

        NotAZipException(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The directory declares more entries than allowed; nothing more was read. */
    static final class TooManyEntriesException extends Exception {
        private static final long serialVersionUID = 1L;

        TooManyEntriesException() {
            super(null, null, false, false);
        }
    }

    private CentralDirectory() {
    }

    static List<RawEntry> read(Path zip, int maxEntries) throws IOException, NotAZipException, TooManyEntriesException {
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < END_SIZE) {
                throw new NotAZipException("shorter than an end record");
            }
            int tailLength = (int) Math.min(size, END_SIZE + MAX_COMMENT);
            long tailStart = size - tailLength;
            ByteBuffer tail = readFully(channel, tailStart, tailLength);
            int end = findEnd(tail);
            if (end < 0) {
                throw new NotAZipException("no end of central directory");
            }
            if (Short.toUnsignedInt(tail.getShort(end + 4)) != 0 || Short.toUnsignedInt(tail.getShort(end + 6)) != 0) {
                throw new NotAZipException("multi-disk archive");
            }
            long count = Short.toUnsignedInt(tail.getShort(end + 10));
            long directorySize = Integer.toUnsignedLong(tail.getInt(end + 12));
            long directoryOffset = Integer.toUnsignedLong(tail.getInt(end + 16));
            long endPosition = tailStart + end;
            if (count == 0xFFFF || directorySize == 0xFFFFFFFFL || directoryOffset == 0xFFFFFFFFL) {
                long[] zip64 = zip64End(channel, endPosition);
                count = zip64[0];
                directorySize = zip64[1];
                directoryOffset = zip64[2];
                endPosition = zip64[3];
            }
            if (count > maxEntries) {
                throw new TooManyEntriesException();
            }
            // A record is at least 46 bytes and at most 46 + 3 * 64 KB; anything outside that span
            // is a forged directory, and refusing it here keeps the buffer below bounded.
            if (directoryOffset + directorySize > endPosition || directorySize < count * 46
                    || directorySize > count * (46L + 3 * 0xFFFF) || directorySize > Integer.MAX_VALUE) {
                throw new NotAZipException("central directory out of bounds");
            }
            ByteBuffer directory = readFully(channel, directoryOffset, (int) directorySize);
            List<RawEntry> entries = new ArrayList<>((int) count);
            int p = 0;
            for (long i = 0; i < count; i++) {
                if (p + 46 > directorySize || directory.getInt(p) != ENTRY_SIGNATURE) {
                    throw new NotAZipException("bad central directory record " + i);
                }
                int madeByHost = Short.toUnsignedInt(directory.getShort(p + 4)) >> 8;
                int flags = Short.toUnsignedInt(directory.getShort(p + 8));
                int nameLength = Short.toUnsignedInt(directory.getShort(p + 28));
                int extraLength = Short.toUnsignedInt(directory.getShort(p + 30));
                int commentLength = Short.toUnsignedInt(directory.getShort(p + 32));
                long external = Integer.toUnsignedLong(directory.getInt(p + 38));
                if (p + 46L + nameLength + extraLength + commentLength > directorySize) {
                    throw new NotAZipException("central directory record " + i + " overruns");
                }
                byte[] name = new byte[nameLength];
                directory.get(p + 46, name);
                entries.add(new RawEntry(name, flags, madeByHost, external));
                p += 46 + nameLength + extraLength + commentLength;
            }
            return entries;
        }
    }

    /** The last end record whose comment length fits what follows it. */
    private static int findEnd(ByteBuffer tail) {
        for (int i = tail.limit() - END_SIZE; i >= 0; i--) {
            if (tail.getInt(i) == END_SIGNATURE
                    && i + END_SIZE + Short.toUnsignedInt(tail.getShort(i + 20)) <= tail.limit()) {
                return i;
            }
        }
        return -1;
    }

    /** Entry count, directory size and offset, and the position of the ZIP64 end record. */
    private static long[] zip64End(FileChannel channel, long endPosition) throws IOException, NotAZipException {
        if (endPosition < 20) {
            throw new NotAZipException("no ZIP64 locator");
        }
        ByteBuffer locator = readFully(channel, endPosition - 20, 20);
        if (locator.getInt(0) != ZIP64_LOCATOR_SIGNATURE) {
            throw new NotAZipException("no ZIP64 locator");
        }
        long recordPosition = locator.getLong(8);
        if (recordPosition < 0 || recordPosition + 56 > endPosition - 20) {
            throw new NotAZipException("ZIP64 end record out of bounds");
        }
        ByteBuffer record = readFully(channel, recordPosition, 56);
        if (record.getInt(0) != ZIP64_END_SIGNATURE) {
            throw new NotAZipException("no ZIP64 end record");
        }
        long count = record.getLong(32);
        long size = record.getLong(40);
        long offset = record.getLong(48);
        if (count < 0 || size < 0 || offset < 0) {
            throw new NotAZipException("ZIP64 sizes out of range");
        }
        return new long[] {count, size, offset, recordPosition};
    }

    private static ByteBuffer readFully(FileChannel channel, long position, int length) throws IOException, NotAZipException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new NotAZipException("truncated");
            }
        }
        return buffer.flip();
    }
}
