package jp.manabi.content.scorm.sequencing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The sequencing definition of one activity (an item or an organization): how the learner may
 * move through its children, what is tried before and after it, how its status rolls up, which
 * objectives it tracks and shares, and whether it is randomised or tracked at all. It is the whole
 * IMS Simple Sequencing {@code <imsss:sequencing>} element with the ADL extensions SCORM 2004 puts
 * inside it, after a referenced {@code <imsss:sequencingCollection>} entry has been merged in and
 * with the SCORM 2004 4th Edition CAM defaults standing in for everything the manifest leaves out.
 *
 * @param id the ID of a sequencing-collection entry, empty on items and organizations
 * @param idRef the collection entry this definition was merged with, if any
 * @param adlObjectives the 4th Edition extended objective maps (adlseq:objectives)
 */
public record Sequencing(
        Optional<String> id,
        Optional<String> idRef,
        ControlMode controlMode,
        List<SequencingRule> preConditionRules,
        List<SequencingRule> exitConditionRules,
        List<SequencingRule> postConditionRules,
        LimitConditions limitConditions,
        List<AuxiliaryResource> auxiliaryResources,
        RollupRules rollupRules,
        Optional<Objective> primaryObjective,
        List<Objective> objectives,
        RandomizationControls randomizationControls,
        DeliveryControls deliveryControls,
        ConstrainedChoiceConsiderations constrainedChoiceConsiderations,
        RollupConsiderations rollupConsiderations,
        List<AdlObjective> adlObjectives) {

    /** What an activity without any sequencing element follows. */
    public static final Sequencing DEFAULT = new Sequencing(Optional.empty(), Optional.empty(), ControlMode.DEFAULT,
            List.of(), List.of(), List.of(), LimitConditions.DEFAULT, List.of(), RollupRules.DEFAULT, Optional.empty(),
            List.of(), RandomizationControls.DEFAULT, DeliveryControls.DEFAULT, ConstrainedChoiceConsiderations.DEFAULT,
            RollupConsiderations.DEFAULT, List.of());

    public Sequencing {
        Objects.requireNonNull(id);
        Objects.requireNonNull(idRef);
        Objects.requireNonNull(controlMode);
        preConditionRules = List.copyOf(preConditionRules);
        exitConditionRules = List.copyOf(exitConditionRules);
        postConditionRules = List.copyOf(postConditionRules);
        Objects.requireNonNull(limitConditions);
        auxiliaryResources = List.copyOf(auxiliaryResources);
        Objects.requireNonNull(rollupRules);
        Objects.requireNonNull(primaryObjective);
        objectives = List.copyOf(objectives);
        Objects.requireNonNull(randomizationControls);
        Objects.requireNonNull(deliveryControls);
        Objects.requireNonNull(constrainedChoiceConsiderations);
        Objects.requireNonNull(rollupConsiderations);
        adlObjectives = List.copyOf(adlObjectives);
    }

    /** The primary objective first, then the others: every objective the activity tracks. */
    public List<Objective> allObjectives() {
        return primaryObjective.map(p -> Stream.concat(Stream.of(p), objectives.stream()))
                .orElseGet(objectives::stream).toList();
    }

    /** The objective with this ID, the primary one included. */
    public Optional<Objective> objective(String objectiveId) {
        return allObjectives().stream().filter(o -> o.objectiveId().filter(objectiveId::equals).isPresent()).findFirst();
    }
}
