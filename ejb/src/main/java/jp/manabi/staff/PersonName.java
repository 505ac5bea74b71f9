package jp.manabi.staff;

import java.io.Serializable;

/** A Japanese name with its reading (furigana), family name first as the Japanese write it. */
public record PersonName(String familyName, String givenName, String familyNameKana, String givenNameKana)
        implements Serializable {

    public PersonName {
        familyName = strip(familyName);
        givenName = strip(givenName);
        familyNameKana = strip(familyNameKana);
        givenNameKana = strip(givenNameKana);
        if (familyName.isEmpty() || givenName.isEmpty()) {
            throw new IllegalArgumentException("a name needs a family and a given name");
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    /** 「砂川 太郎」 */
    public String full() {
        return familyName + " " + givenName;
    }

    /** 「すながわ たろう」 */
    public String fullKana() {
        return familyNameKana + " " + givenNameKana;
    }
}
