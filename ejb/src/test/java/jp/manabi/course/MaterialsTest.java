package jp.manabi.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.manabi.platform.ValidationFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Materials are hostile until checked: names, sizes, and content that matches the extension. */
class MaterialsTest {

    @TempDir
    Path dir;

    @Test
    void theContentMustBeWhatTheExtensionSays() {
        byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        byte[] zip = {'P', 'K', 3, 4, 20, 0};
        byte[] html = "<!DOCTYPE html><title>研修</title>".getBytes(StandardCharsets.UTF_8);
        assertTrue(Materials.looksLike("pdf", pdf, pdf.length));
        assertTrue(Materials.looksLike("PPTX", zip, zip.length));
        assertTrue(Materials.looksLike("html", html, html.length));
        assertFalse(Materials.looksLike("pdf", html, html.length), "an HTML page renamed to .pdf");
        assertFalse(Materials.looksLike("docx", pdf, pdf.length));
        assertFalse(Materials.looksLike("doc", zip, zip.length));
        assertFalse(Materials.looksLike("txt", zip, zip.length), "binary with NUL bytes is not text");
    }

    @Test
    void aRenamedFileIsRefusedAndNothingIsLeft() {
        Path target = dir.resolve("m-1").resolve("handout.pdf");
        ValidationFailedException refused = assertThrows(ValidationFailedException.class, () -> Materials.store(
                new ByteArrayInputStream("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)), target));
        assertEquals("material.mismatch", refused.getMessageKey());
        assertFalse(Files.exists(target.getParent()), "no folder is left behind");
    }

    @Test
    void aRealFileIsStoredWhole() throws Exception {
        byte[] pdf = new byte[200_000];
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 8);
        Path target = dir.resolve("m-2").resolve("handout.pdf");
        assertEquals(pdf.length, Materials.store(new ByteArrayInputStream(pdf), target));
        assertEquals(pdf.length, Files.size(target));
    }

    @Test
    void namesLoseFoldersAndControlCharacters() {
        assertEquals("規則.pdf", Materials.safeName("C:\\Users\\me\\規則.pdf"));
        assertEquals("a.txt", Materials.safeName("../../a\u0000.txt"));
        assertThrows(ValidationFailedException.class, () -> Materials.safeName(".."));
    }
}
