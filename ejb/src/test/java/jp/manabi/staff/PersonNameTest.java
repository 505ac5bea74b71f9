package jp.manabi.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void aNameNeedsBothPartsAndIsWrittenFamilyNameFirst() {
        PersonName name = new PersonName(" 砂川 ", "太郎", "スナガワ", "タロウ");
        assertEquals("砂川", name.familyName());
        assertEquals("砂川 太郎", name.full());
        assertEquals("スナガワ タロウ", name.fullKana());
        assertThrows(IllegalArgumentException.class, () -> new PersonName("砂川", " ", "スナガワ", ""));
        assertThrows(IllegalArgumentException.class, () -> new PersonName(null, "太郎", null, null));
        assertEquals("", new PersonName("砂川", "太郎", null, null).familyNameKana(), "the reading may be missing");
    }
}
