package jp.manabi.staff.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The encodings HR systems export in: UTF-8 (with or without Excel's BOM) and Shift_JIS as Windows has it (CP932). */
class CsvEncodingTest {

    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    /** 髙 and ① exist only in CP932 (not in JIS X 0208 Shift_JIS); ｶﾅ is half-width katakana. */
    private static final String TEXT = "職員番号,氏,名\r\n1101,髙橋,①ｶﾅ\r\n";

    private static byte[] bom(byte[] bytes) {
        byte[] out = new byte[bytes.length + 3];
        out[0] = (byte) 0xef;
        out[1] = (byte) 0xbb;
        out[2] = (byte) 0xbf;
        System.arraycopy(bytes, 0, out, 3, bytes.length);
        return out;
    }

    @Test
    void utf8IsReadWithOrWithoutItsBom() {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.of(TEXT), CsvEncoding.AUTO.decode(utf8));
        assertEquals(Optional.of(TEXT), CsvEncoding.AUTO.decode(bom(utf8)), "the BOM is not part of the first header");
        assertEquals(Optional.of(TEXT), CsvEncoding.UTF_8.decode(bom(utf8)));
        assertEquals(Optional.of(""), CsvEncoding.UTF_8.decode(bom(new byte[0])));
    }

    @Test
    void shiftJisIsReadAsWindowsHasIt() {
        byte[] cp932 = TEXT.getBytes(WINDOWS_31J);
        assertEquals(Optional.of(TEXT), CsvEncoding.AUTO.decode(cp932), "AUTO falls back to CP932");
        assertEquals(Optional.of(TEXT), CsvEncoding.SHIFT_JIS.decode(cp932));
        assertEquals(Optional.empty(), CsvEncoding.UTF_8.decode(cp932), "CP932 is not valid UTF-8");
        byte[] ascii = "1101,abc\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals(CsvEncoding.SHIFT_JIS.decode(ascii), CsvEncoding.UTF_8.decode(ascii), "ASCII reads the same either way");
    }

    /** Bytes 0xFD–0xFF are neither UTF-8 nor the start of any CP932 character: checked for each byte alone and together. */
    @Test
    void bytesInvalidInBothEncodingsAreRefused() {
        byte[][] invalid = {
            {(byte) 0xff, (byte) 0xfe, (byte) 0xfd},
            {0x31, 0x2c, (byte) 0xfd, 0x0a},
            {0x31, 0x2c, (byte) 0xfe, 0x0a},
            {0x31, 0x2c, (byte) 0xff, 0x0a},
            {0x31, 0x2c, (byte) 0x81, 0x0a}, // a CP932 lead byte without its trail byte; a stray continuation in UTF-8
        };
        for (byte[] bytes : invalid) {
            for (CsvEncoding encoding : CsvEncoding.values()) {
                assertEquals(Optional.empty(), encoding.decode(bytes), encoding + " " + java.util.HexFormat.of().formatHex(bytes));
            }
        }
    }

    @Test
    void binaryAndUtf16AreNotText() {
        byte[] utf16 = ("\ufeff" + TEXT).getBytes(StandardCharsets.UTF_16LE);
        assertEquals(Optional.empty(), CsvEncoding.AUTO.decode(utf16), "Excel's \"Unicode text\" is UTF-16 with NULs");
        assertEquals(Optional.empty(), CsvEncoding.AUTO.decode(new byte[] {0x50, 0x4b, 0x03, 0x04, 0x14, 0x00}), "a zip (.xlsx)");
        assertEquals(Optional.of("a\tb\r\n"), CsvEncoding.AUTO.decode("a\tb\r\n".getBytes(StandardCharsets.UTF_8)),
                "tabs and line ends are text");
    }
}
