package jp.manabi.staff;

import java.text.Normalizer;

/** Furigana is kept, sorted and searched as full-width katakana, whichever kana a person or a system typed. */
public final class Kana {

    private Kana() {
    }

    /** 「すながわ」 and 「ｽﾅｶﾞﾜ」 both become 「スナガワ」. */
    public static String toKatakana(String value) {
        String normalised = Normalizer.normalize(value, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(normalised.length());
        for (char c : normalised.toCharArray()) {
            out.append(c >= '\u3041' && c <= '\u3096' ? (char) (c + 0x60) : c);
        }
        return out.toString();
    }
}
