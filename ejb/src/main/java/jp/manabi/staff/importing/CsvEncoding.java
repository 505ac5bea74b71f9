package jp.manabi.staff.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The encodings municipal HR systems export CSV in: UTF-8 (often with a BOM, as Excel writes it)
 * and Shift_JIS, which in practice is Microsoft's CP932 (windows-31j) with its extra characters
 * such as ① and 髙. AUTO tries UTF-8 first because valid multi-byte UTF-8 is almost never valid CP932
 * text by accident, while the reverse happens often.
 */
public enum CsvEncoding {
    AUTO, UTF_8, SHIFT_JIS;

    static final Charset CP932 = Charset.forName("windows-31j");

    /** The text of the file, or empty when its bytes are not valid in the chosen encoding. */
    public Optional<String> decode(byte[] bytes) {
        return switch (this) {
            case UTF_8 -> strict(StandardCharsets.UTF_8, stripBom(bytes));
            case SHIFT_JIS -> strict(CP932, bytes);
            case AUTO -> strict(StandardCharsets.UTF_8, stripBom(bytes)).or(() -> strict(CP932, bytes));
        };
    }

    private static byte[] stripBom(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            byte[] rest = new byte[bytes.length - 3];
            System.arraycopy(bytes, 3, rest, 0, rest.length);
            return rest;
        }
        return bytes;
    }

    private static Optional<String> strict(Charset charset, byte[] bytes) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            String text = chars.toString();
            // A NUL or other C0 control besides tab/CR/LF means binary data, not a CSV in this encoding.
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
                    return Optional.empty();
                }
            }
            return Optional.of(text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
