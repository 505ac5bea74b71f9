package jp.manabi.content.packaging;

import java.util.Locale;

/**
 * An uploaded package that cannot be accepted, with a reason code, the entry it concerns and a
 * message in Japanese and English for the trainer who uploaded it.
 */
public class PackageRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a package is refused. */
    public enum Reason {
        NOT_A_ZIP("ZIPファイルではないか、壊れています。", "The file is not a zip file, or it is damaged."),
        UNSAFE_PATH("安全でないパス(../ や絶対パス)を含んでいます: {0}", "An entry has an unsafe path (../ or absolute): {0}"),
        LINK("シンボリックリンクは受け付けられません: {0}", "Symbolic links are not accepted: {0}"),
        DUPLICATE("同じ名前のファイルが2回あります: {0}", "The same file name appears twice: {0}"),
        TOO_MANY_ENTRIES("ファイル数が多すぎます({0}個まで)。", "Too many files ({0} at most)."),
        ENTRY_TOO_LARGE("ファイルが大きすぎます: {0}", "A file is too large: {0}"),
        TOO_LARGE("展開後の合計サイズが大きすぎます({0}MBまで)。", "The unpacked package is too large ({0} MB at most)."),
        COMPRESSION_RATIO("圧縮率が異常に高いファイルがあります(zip爆弾の疑い): {0}",
                "A file is compressed suspiciously well (a zip bomb?): {0}"),
        STORAGE("パッケージを保存できませんでした: {0}", "The package could not be stored: {0}"),
        MANIFEST_MISSING("imsmanifest.xml がありません。SCORMパッケージではありません。",
                "There is no imsmanifest.xml: this is not a SCORM package."),
        MANIFEST_NOT_AT_ROOT("imsmanifest.xml がZIPの最上位にありません({0} にあります)。フォルダごと圧縮せず、中身を圧縮してください。",
                "imsmanifest.xml is not at the top of the zip (it is at {0}). Zip the contents, not the folder."),
        MANIFEST_UNSAFE("imsmanifest.xml にDTDや外部エンティティが含まれています(受け付けられません)。",
                "imsmanifest.xml contains a DTD or external entities, which are not accepted."),
        MANIFEST_INVALID("imsmanifest.xml を読めません: {0}", "imsmanifest.xml cannot be read: {0}");

        private final String japanese;
        private final String english;

        Reason(String japanese, String english) {
            this.japanese = japanese;
            this.english = english;
        }
    }

    private final Reason reason;
    private final String detail;

    public PackageRejectedException(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
        this.detail = detail == null ? "" : detail;
    }

    public Reason reason() {
        return reason;
    }

    /** The entry or limit the refusal is about. */
    public String detail() {
        return detail;
    }

    /** The message for the trainer, Japanese unless the locale is English. */
    public String message(Locale locale) {
        String pattern = locale != null && "en".equals(locale.getLanguage()) ? reason.english : reason.japanese;
        return pattern.replace("{0}", detail);
    }
}
