package jp.manabi.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Furigana is kept as full-width katakana, whichever kana was typed. */
class KanaTest {

    @Test
    void hiraganaAndHalfWidthKatakanaBecomeFullWidthKatakana() {
        assertEquals("スナガワ", Kana.toKatakana("すながわ"));
        assertEquals("スナガワ", Kana.toKatakana("ｽﾅｶﾞﾜ"), "the voiced mark joins its kana");
        assertEquals("タロウ", Kana.toKatakana("タロウ"));
        assertEquals("ヴァイオリン", Kana.toKatakana("ゔぁいおりん"));
        assertEquals("サトウ イチロー", Kana.toKatakana("さとう ｲﾁﾛｰ"));
        assertEquals("", Kana.toKatakana(""));
    }
}
