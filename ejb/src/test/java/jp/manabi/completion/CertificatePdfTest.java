package jp.manabi.completion;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import jp.manabi.calendar.FiscalYear;

class CertificatePdfTest {

    private static final VerificationCode CODES = new VerificationCode("test-secret");

    private static Certificate certificate(String name, String course, LocalDate date, OptionalInt score) {
        return new Certificate(name, "1031", "人事係", course, date, FiscalYear.containing(date), score,
                List.of(new Certificate.AbilityPoints("政策形成", 3), new Certificate.AbilityPoints("政策法務", 0),
                        new Certificate.AbilityPoints("専門実務", 5), new Certificate.AbilityPoints("対人関係", 2)),
                CODES.code(42, "1031", "C-0007", date));
    }

    private static Certificate certificate(LocalDate date) {
        return certificate("砂川 真由美", "公文書管理の基礎", date, OptionalInt.of(85));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void rendersOneA4LandscapePageThatPdfBoxOpens() throws IOException {
        byte[] pdf = new CertificatePdf().render(certificate(LocalDate.of(2026, 11, 25)));
        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF-"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            PDPage page = document.getPage(0);
            assertEquals(842, page.getMediaBox().getWidth(), 1);
            assertEquals(595, page.getMediaBox().getHeight(), 1);
        }
    }

    @Test
    void textHasTheNameTheCourseTheDateThePointsAndTheCode() throws IOException {
        Certificate certificate = certificate(LocalDate.of(2026, 11, 25));
        String text = text(new CertificatePdf().render(certificate));
        assertAll(
                () -> assertTrue(text.contains("修了証"), text),
                () -> assertTrue(text.contains("砂川 真由美"), text),
                () -> assertTrue(text.contains("様"), text),
                () -> assertTrue(text.contains("職員番号 1031"), text),
                () -> assertTrue(text.contains("「公文書管理の基礎」を修了したことを証します"), text),
                () -> assertTrue(text.contains("令和8年11月25日"), text),
                () -> assertTrue(text.contains("令和8年度"), text),
                () -> assertTrue(text.contains("85点"), text),
                () -> assertTrue(text.contains("政策形成"), text),
                () -> assertTrue(text.contains("対人関係"), text),
                () -> assertTrue(text.contains("合計"), text),
                () -> assertTrue(text.replaceAll("\\s+", " ").contains("政策形成 3 政策法務 0 専門実務 5 対人関係 2 合計 10"), text),
                () -> assertTrue(text.contains("検証コード: " + certificate.verificationCode()), text),
                () -> assertTrue(text.contains(CertificatePdf.ISSUER), text));
    }

    @Test
    void theFirstYearOfAnEraIsGannen() throws IOException {
        String text = text(new CertificatePdf().render(certificate(LocalDate.of(2019, 5, 1))));
        assertTrue(text.contains("令和元年5月1日"), text);
        assertFalse(text.contains("令和1年"), text);
    }

    @Test
    void theLastDayOfHeiseiIsHeisei31() throws IOException {
        String text = text(new CertificatePdf().render(certificate(LocalDate.of(2019, 4, 30))));
        assertTrue(text.contains("平成31年4月30日"), text);
        assertFalse(text.contains("令和"), text);
    }

    @Test
    void theFontIsEmbeddedAsASubset() throws IOException {
        byte[] pdf = new CertificatePdf().render(certificate(LocalDate.of(2026, 11, 25)));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertEquals(1, fonts.size());
            PDType0Font type0 = (PDType0Font) fonts.get(0);
            assertTrue(type0.isEmbedded());
            assertTrue(type0.getName().matches("[A-Z]{6}\\+NotoSansJP.*"), type0.getName());
            PDCIDFont descendant = type0.getDescendantFont();
            PDFontDescriptor descriptor = descendant.getFontDescriptor();
            assertNotNull(descriptor.getFontFile2(), "the TrueType font file is in the PDF");
            assertTrue(descriptor.getFontName().matches("[A-Z]{6}\\+.*"), descriptor.getFontName());
        }
    }

    @Test
    void theFileIsSmall() {
        byte[] pdf = new CertificatePdf().render(certificate(LocalDate.of(2026, 11, 25)));
        System.out.println("certificate PDF: " + pdf.length + " bytes");
        assertTrue(pdf.length < 300 * 1024, pdf.length + " bytes");
    }

    @Test
    void aLongTitleWrapsAndAMissingGlyphDoesNotFail() throws IOException {
        String course = "地方自治体における公文書管理と情報公開制度の実務：条例・規則の読み方から開示請求への対応、個人情報保護との関係まで";
        Certificate certificate = certificate("高橋 \uE000子", course, LocalDate.of(2026, 4, 1), OptionalInt.empty());
        String text = text(new CertificatePdf().render(certificate));
        assertTrue(text.contains("高橋 〓子"), text);
        assertTrue(text.replaceAll("\\s+", "").contains("「" + course + "」を修了したことを証します"), text);
        assertFalse(text.contains("成績"), text);
    }

    @Test
    void withoutPointsTheTableIsLeftOut() throws IOException {
        LocalDate date = LocalDate.of(2026, 11, 25);
        Certificate certificate = new Certificate("菅原 愛", "1061", null, "接遇研修", date, null, null, null,
                CODES.code(1, "1061", "C-1", date));
        String text = text(new CertificatePdf().render(certificate));
        assertTrue(text.contains("菅原 愛"), text);
        assertFalse(text.contains("合計"), text);
        assertTrue(text.contains("令和8年度"), text);
    }
}
