package jp.manabi.completion;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import jp.manabi.calendar.JapaneseDates;

/**
 * The completion certificate (修了証) as an A4 landscape PDF in Japanese. The font (Noto Sans JP, SIL
 * Open Font License 1.1, from the npm package {@code @expo-google-fonts/noto-sans-jp}) is embedded as a
 * subset of the characters used, so that any reader shows it and the file stays small (about 40 KB).
 */
public final class CertificatePdf {

    /** Who issues the certificate; the city is left out so that any municipality can use it. */
    public static final String ISSUER = "学び 研修管理システム";

    static final String FONT = "font/400Regular/NotoSansJP_400Regular.ttf";

    private static final float WIDTH = PDRectangle.A4.getHeight();
    private static final float HEIGHT = PDRectangle.A4.getWidth();
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color ACCENT = new Color(0x1f, 0x4e, 0x79);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);
    private static final Color RULE = new Color(0xb8, 0xc4, 0xd0);
    private static final char MISSING = '〓';

    private static volatile byte[] fontBytes;

    /** The certificate as the bytes of a PDF file. */
    public byte[] render(Certificate certificate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(certificate, out);
        return out.toByteArray();
    }

    /** Writes the certificate to a stream (which stays open). */
    public void write(Certificate certificate, OutputStream out) {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, new ByteArrayInputStream(fontBytes()), true);
            PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("修了証 " + certificate.courseTitle() + " " + certificate.employeeName());
            info.setCreator(ISSUER);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                new Layout(content, font).draw(certificate);
            }
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the certificate", e);
        }
    }

    static byte[] fontBytes() throws IOException {
        byte[] bytes = fontBytes;
        if (bytes == null) {
            try (InputStream in = CertificatePdf.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IOException("the certificate font " + FONT + " is missing from the classes (npm ci in ejb)");
                }
                bytes = in.readAllBytes();
            }
            fontBytes = bytes;
        }
        return bytes;
    }

    private static final class Layout {

        private final PDPageContentStream content;
        private final PDType0Font font;

        Layout(PDPageContentStream content, PDType0Font font) {
            this.content = content;
            this.font = font;
        }

        void draw(Certificate c) throws IOException {
            frame();
            float center = WIDTH / 2;

            centered("修了証", 44, HEIGHT - 118, ACCENT);

            // The recipient: department and number small above, the name large with 様.
            String who = (c.departmentName().isBlank() ? "" : c.departmentName() + "　") + "職員番号 " + c.employeeNumber();
            centered(who, 12, HEIGHT - 168, MUTED);
            String name = c.employeeName() + "　様";
            float nameSize = fit(name, 28, 520);
            centered(name, nameSize, HEIGHT - 206, INK);
            float nameWidth = width(name, nameSize);
            line(center - nameWidth / 2 - 20, HEIGHT - 214, center + nameWidth / 2 + 20, HEIGHT - 214, RULE, 0.8f);

            // The statement, wrapped when the course title is long.
            float y = HEIGHT - 254;
            for (String row : wrap("あなたは「" + c.courseTitle() + "」を修了したことを証します。", 16, 600)) {
                centered(row, 16, y, INK);
                y -= 24;
            }

            String date = "修了日　" + JapaneseDates.format(c.completedOn()) + "（" + c.fiscalYear().label(null) + "）";
            if (c.score().isPresent()) {
                date += "　成績　" + c.score().getAsInt() + "点";
            }
            centered(date, 13, y - 6, INK);

            table(c.points(), y - 46);
            footer(c);
        }

        private void frame() throws IOException {
            content.setStrokingColor(ACCENT);
            content.setLineWidth(2.5f);
            content.addRect(28, 28, WIDTH - 56, HEIGHT - 56);
            content.stroke();
            content.setStrokingColor(RULE);
            content.setLineWidth(0.8f);
            content.addRect(36, 36, WIDTH - 72, HEIGHT - 72);
            content.stroke();
        }

        /** Points by ability: one column per ability and a total, centered under the statement. */
        private void table(List<Certificate.AbilityPoints> points, float top) throws IOException {
            if (points.isEmpty()) {
                return;
            }
            float labelWidth = 96;
            float cellWidth = 88;
            int columns = points.size() + 1;
            float tableWidth = labelWidth + cellWidth * columns;
            float left = (WIDTH - tableWidth) / 2;
            float rowHeight = 24;
            float bottom = top - 2 * rowHeight;

            content.setNonStrokingColor(new Color(0xee, 0xf3, 0xf8));
            content.addRect(left, top - rowHeight, tableWidth, rowHeight);
            content.fill();
            content.setStrokingColor(RULE);
            content.setLineWidth(0.8f);
            content.addRect(left, bottom, tableWidth, 2 * rowHeight);
            content.stroke();
            line(left, top - rowHeight, left + tableWidth, top - rowHeight, RULE, 0.8f);
            for (int i = 0; i <= columns - 1; i++) {
                float x = left + labelWidth + cellWidth * i;
                line(x, top, x, bottom, RULE, 0.8f);
            }

            text("能力", 11, left + 10, top - rowHeight + 8, MUTED);
            text("ポイント", 11, left + 10, bottom + 8, MUTED);
            int total = 0;
            for (int i = 0; i < columns; i++) {
                String head;
                String value;
                if (i < points.size()) {
                    head = points.get(i).abilityName();
                    value = Integer.toString(points.get(i).points());
                    total += points.get(i).points();
                } else {
                    head = "合計";
                    value = Integer.toString(total);
                }
                float cellCenter = left + labelWidth + cellWidth * i + cellWidth / 2;
                float headSize = fit(head, 11, cellWidth - 8);
                text(head, headSize, cellCenter - width(head, headSize) / 2, top - rowHeight + 8, INK);
                text(value, 13, cellCenter - width(value, 13) / 2, bottom + 7, INK);
            }
        }

        private void footer(Certificate c) throws IOException {
            float right = WIDTH - 80;
            String issuer = ISSUER;
            text(issuer, 15, right - width(issuer, 15), 118, INK);
            line(80, 100, WIDTH - 80, 100, RULE, 0.8f);
            text("検証コード: " + c.verificationCode(), 12, 80, 80, INK);
            text("人事担当者は「" + ISSUER + "」の修了証の検証で、この検証コードと職員番号から修了の記録を確かめられます。",
                    9, 80, 62, MUTED);
        }

        private void line(float x1, float y1, float x2, float y2, Color color, float width) throws IOException {
            content.setStrokingColor(color);
            content.setLineWidth(width);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        }

        private void centered(String s, float size, float y, Color color) throws IOException {
            String shown = printable(s);
            text(shown, size, (WIDTH - width(shown, size)) / 2, y, color);
        }

        private void text(String s, float size, float x, float y, Color color) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(color);
            content.newLineAtOffset(x, y);
            content.showText(printable(s));
            content.endText();
        }

        private float width(String s, float size) throws IOException {
            return font.getStringWidth(printable(s)) / 1000 * size;
        }

        /** The size at most {@code size} at which the text fits the width. */
        private float fit(String s, float size, float maxWidth) throws IOException {
            float w = width(s, size);
            return w <= maxWidth ? size : Math.max(6, size * maxWidth / w);
        }

        /** Lines of at most the width, broken between characters (Japanese has no spaces to break at). */
        private List<String> wrap(String s, float size, float maxWidth) throws IOException {
            List<String> rows = new ArrayList<>();
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                if (row.length() > 0 && width(row + ch, size) > maxWidth) {
                    rows.add(row.toString());
                    row.setLength(0);
                }
                row.append(ch);
                i += Character.charCount(cp);
            }
            if (row.length() > 0) {
                rows.add(row.toString());
            }
            return rows;
        }

        /** Characters the font lacks (a rare kanji in a name) shown as 〓 rather than failing the certificate. */
        private String printable(String s) {
            StringBuilder out = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isISOControl(cp)) {
                    continue;
                }
                String ch = new String(Character.toChars(cp));
                try {
                    font.encode(ch);
                    out.append(ch);
                } catch (IllegalArgumentException | IOException missing) {
                    out.append(MISSING);
                }
            }
            return out.toString();
        }
    }
}
