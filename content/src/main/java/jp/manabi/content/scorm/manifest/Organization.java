package jp.manabi.content.scorm.manifest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.manabi.content.scorm.sequencing.Sequencing;

/**
 * One way of presenting a package as a course: a titled tree of items, the root activity of
 * sequencing. A package may offer several; the LMS presents the default one.
 *
 * @param objectivesGlobalToSystem whether global objectives are shared with other courses
 *        (adlseq:objectivesGlobalToSystem) or kept to this one
 * @param sharedDataGlobalToSystem the same for shared data buckets (adlcp:sharedDataGlobalToSystem)
 */
public record Organization(String identifier, String title, List<Item> items, Optional<Sequencing> sequencing,
        boolean objectivesGlobalToSystem, boolean sharedDataGlobalToSystem) {

    public Organization {
        Objects.requireNonNull(identifier);
        Objects.requireNonNull(title);
        items = List.copyOf(items);
        Objects.requireNonNull(sequencing);
    }

    /** Every item of the tree, depth first. */
    public List<Item> allItems() {
        return items.stream().flatMap(item -> item.flatten().stream()).toList();
    }

    public Sequencing effectiveSequencing() {
        return sequencing.orElse(Sequencing.DEFAULT);
    }
}
