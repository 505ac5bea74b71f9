package jp.manabi.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of the pages: the browser's choice among Japanese and English until the user
 * switches, then the user's choice for the rest of the session. Japanese when unsure.
 */
@Named("language")
@SessionScoped
public class LanguageSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale JAPANESE = Locale.JAPANESE;

    private Locale chosen;

    public Locale getLocale() {
        if (chosen != null) {
            return chosen;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        // Without an Accept-Language header the container offers its own default locale: ignore that.
        if (faces != null && faces.getExternalContext().getRequestHeaderMap().get("Accept-Language") != null) {
            java.util.Iterator<Locale> wanted = faces.getExternalContext().getRequestLocales();
            while (wanted.hasNext()) {
                String language = wanted.next().getLanguage();
                if ("ja".equals(language)) {
                    return JAPANESE;
                }
                if ("en".equals(language)) {
                    return Locale.ENGLISH;
                }
            }
        }
        return JAPANESE;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public boolean isJapanese() {
        return "ja".equals(getLanguage());
    }

    /** Switches between the two languages and reloads the page in the other one. */
    public void toggle() {
        chosen = isJapanese() ? Locale.ENGLISH : JAPANESE;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(chosen);
    }
}
