package jp.manabi.content.scorm.manifest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.manabi.content.scorm.sequencing.Sequencing;

/**
 * An entry of a course's table of contents, and an activity for sequencing. A leaf item launches
 * a resource (its launch URL is the resource's href with xml:base and the item's parameters
 * applied); an item with children groups them. Besides its place in the tree it carries what the
 * LMS hands the SCO at launch and how it may be navigated.
 *
 * @param visible whether the table of contents shows the item (isvisible)
 * @param masteryScore SCORM 1.2: the score (0–100) from which the LMS records "passed"
 * @param maxTimeAllowed SCORM 1.2: the time allowed, as a CMITimespan
 * @param prerequisites SCORM 1.2: the AICC script of items to finish first
 * @param dataFromLms what the SCO reads as launch data (adlcp:datafromlms / adlcp:dataFromLMS)
 * @param timeLimitAction what the SCO should do when time is up
 * @param completionThreshold SCORM 2004: how much progress makes the item complete
 * @param hideLmsUi SCORM 2004: the player's controls to hide while the item is shown
 * @param sharedData SCORM 2004 4th Edition: the shared data buckets the SCO may use
 * @param sequencing SCORM 2004: the item's own sequencing element, merged with the collection
 *        entry it references; empty when it has none (see {@link #effectiveSequencing()})
 */
public record Item(
        String identifier,
        Optional<String> identifierRef,
        String title,
        boolean visible,
        Optional<String> parameters,
        Optional<String> launchUrl,
        Optional<BigDecimal> masteryScore,
        Optional<String> maxTimeAllowed,
        Optional<String> prerequisites,
        Optional<String> dataFromLms,
        TimeLimitAction timeLimitAction,
        Optional<CompletionThreshold> completionThreshold,
        List<HideLmsUi> hideLmsUi,
        List<SharedDataMap> sharedData,
        Optional<Sequencing> sequencing,
        List<Item> children) {

    public Item {
        Objects.requireNonNull(identifier);
        Objects.requireNonNull(identifierRef);
        Objects.requireNonNull(title);
        Objects.requireNonNull(parameters);
        Objects.requireNonNull(launchUrl);
        Objects.requireNonNull(masteryScore);
        Objects.requireNonNull(maxTimeAllowed);
        Objects.requireNonNull(prerequisites);
        Objects.requireNonNull(dataFromLms);
        Objects.requireNonNull(timeLimitAction);
        Objects.requireNonNull(completionThreshold);
        hideLmsUi = List.copyOf(hideLmsUi);
        sharedData = List.copyOf(sharedData);
        Objects.requireNonNull(sequencing);
        children = List.copyOf(children);
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** The sequencing the item follows: its own, or the CAM defaults when it declares none. */
    public Sequencing effectiveSequencing() {
        return sequencing.orElse(Sequencing.DEFAULT);
    }

    /** This item and all below it, depth first. */
    public List<Item> flatten() {
        List<Item> all = new ArrayList<>();
        collect(this, all);
        return all;
    }

    private static void collect(Item item, List<Item> into) {
        into.add(item);
        item.children.forEach(child -> collect(child, into));
    }
}
