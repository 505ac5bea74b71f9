package jp.manabi.policy;

import java.util.Locale;

/** Something the policy names in Japanese with an English reading; the UI picks by locale. */
public interface Localized {

    String nameJa();

    String nameEn();

    default String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn() : nameJa();
    }
}
