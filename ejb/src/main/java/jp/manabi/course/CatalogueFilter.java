package jp.manabi.course;

import java.io.Serializable;

/** What the catalogue is narrowed by; null means any. */
public record CatalogueFilter(String category, String ability, String grade) implements Serializable {

    public static CatalogueFilter all() {
        return new CatalogueFilter(null, null, null);
    }
}
