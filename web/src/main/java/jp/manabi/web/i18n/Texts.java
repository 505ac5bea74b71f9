package jp.manabi.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import jp.manabi.calendar.FiscalYear;
import jp.manabi.calendar.JapaneseDates;
import jp.manabi.platform.ValidationFailedException;
import jp.manabi.policy.Localized;

/**
 * The user's texts: bundle messages with arguments, dates in the Japanese era (令和) or English, and
 * the faces messages that report a refused input in the user's language.
 */
@Named("texts")
@RequestScoped
public class Texts {

    public static final String BUNDLE = "jp.manabi.web.i18n.Messages";

    @Inject
    private LanguageSelection language;

    public Locale locale() {
        return language.getLocale();
    }

    public String get(String key, Object... arguments) {
        return format(locale(), key, arguments);
    }

    public static String format(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** 「令和7年11月25日」 or "25 Nov 2025". */
    public String date(LocalDate date) {
        return JapaneseDates.format(date, locale());
    }

    /** 「令和7年度」 or "FY2025". */
    public String fiscalYear(FiscalYear year) {
        return year == null ? "" : year.label(locale());
    }

    public String fiscalYear(int startYear) {
        return FiscalYear.of(startYear).label(locale());
    }

    public String name(Localized thing) {
        return thing == null ? "" : thing.name(locale());
    }

    /** Picks the Japanese or the English of a pair, falling back to Japanese when the English is missing. */
    public String pick(String japanese, String english) {
        return "en".equals(locale().getLanguage()) && english != null && !english.isBlank() ? english : japanese;
    }

    public void error(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, get(key, arguments), null));
    }

    public void error(ValidationFailedException e) {
        error(e.getMessageKey(), e.getArguments());
    }

    /** A date and time as people read it: 令和8年11月25日 9:05. */
    public String dateTime(java.time.LocalDateTime at) {
        return at == null ? "" : date(at.toLocalDate()) + " " + String.format("%d:%02d", at.getHour(), at.getMinute());
    }

    /** A message that survives a redirect to the next page. */
    public void flashInfo(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, get(key, arguments), null));
    }

    public void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, get(key, arguments), null));
    }
}
