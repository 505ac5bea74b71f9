package jp.manabi.content.scorm.manifest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.manabi.content.scorm.ProblemCode;
import jp.manabi.content.scorm.manifest.Dom.Family;
import jp.manabi.content.scorm.manifest.Values.Strictness;
import jp.manabi.content.scorm.sequencing.AdlObjective;
import jp.manabi.content.scorm.sequencing.AdlObjectiveMap;
import jp.manabi.content.scorm.sequencing.AuxiliaryResource;
import jp.manabi.content.scorm.sequencing.ChildActivitySet;
import jp.manabi.content.scorm.sequencing.ConditionCombination;
import jp.manabi.content.scorm.sequencing.ConditionOperator;
import jp.manabi.content.scorm.sequencing.ConditionType;
import jp.manabi.content.scorm.sequencing.ConstrainedChoiceConsiderations;
import jp.manabi.content.scorm.sequencing.ControlMode;
import jp.manabi.content.scorm.sequencing.DeliveryControls;
import jp.manabi.content.scorm.sequencing.LimitConditions;
import jp.manabi.content.scorm.sequencing.Objective;
import jp.manabi.content.scorm.sequencing.ObjectiveMap;
import jp.manabi.content.scorm.sequencing.RandomizationControls;
import jp.manabi.content.scorm.sequencing.RandomizationTiming;
import jp.manabi.content.scorm.sequencing.RollupAction;
import jp.manabi.content.scorm.sequencing.RollupCondition;
import jp.manabi.content.scorm.sequencing.RollupConsideration;
import jp.manabi.content.scorm.sequencing.RollupConsiderations;
import jp.manabi.content.scorm.sequencing.RollupRule;
import jp.manabi.content.scorm.sequencing.RollupRules;
import jp.manabi.content.scorm.sequencing.RuleAction;
import jp.manabi.content.scorm.sequencing.RuleCondition;
import jp.manabi.content.scorm.sequencing.Sequencing;
import jp.manabi.content.scorm.sequencing.SequencingRule;
import jp.manabi.content.scorm.sequencing.SequencingRuleType;
import org.w3c.dom.Element;

/**
 * Reads imsss:sequencing elements into {@link Sequencing}, defaults filled in.
 *
 * <p>An element with an IDRef is combined with the sequencing collection entry it names the way
 * the ADL sample LMS combines them: element by element, a child of the entry (controlMode,
 * objectives, adlseq:objectives, …) is taken only when the referencing element has no child of
 * the same name and namespace; what is written locally overrides the shared definition whole.
 */
final class SequencingParser {

    private static final BigDecimal MINUS_ONE = BigDecimal.ONE.negate();
    private static final RuleAction[] NO_ACTIONS = new RuleAction[0];

    private final Problems problems;
    private final Values values;
    private final Map<String, Element> collection;

    SequencingParser(Problems problems, Values values, Map<String, Element> collection) {
        this.problems = problems;
        this.values = values;
        this.collection = collection;
    }

    static String collectionLocation(String id) {
        return Locations.withKey("sequencingCollection", "sequencing", "ID", id);
    }

    /** A child element of a sequencing definition and where it was written. */
    private record Part(Element element, String location) {
    }

    /** An objective ID used by a rule condition or an adlseq:objective, to be checked once all objectives are known. */
    private record Reference(String objectiveId, String location) {
    }

    /** The sequencing of an item or organization at {@code ownerLocation}, merged with its collection entry. */
    Sequencing forActivity(Element sequencing, String ownerLocation) {
        String location = Locations.child(ownerLocation, "sequencing");
        Optional<String> idRef = Dom.attribute(sequencing, "IDRef").map(XmlValues::identifier).filter(s -> !s.isEmpty());
        List<Part> parts = new ArrayList<>();
        Set<String> local = new HashSet<>();
        for (Element child : Dom.children(sequencing)) {
            parts.add(new Part(child, Locations.child(location, Locations.name(child))));
            local.add(key(child));
        }
        if (idRef.isPresent()) {
            Element entry = collection.get(idRef.get());
            if (entry == null) {
                problems.error(ProblemCode.UNKNOWN_SEQUENCING_REFERENCE, Locations.attribute(location, "IDRef"), idRef.get());
            } else {
                String entryLocation = collectionLocation(idRef.get());
                for (Element child : Dom.children(entry)) {
                    if (!local.contains(key(child))) {
                        parts.add(new Part(child, Locations.child(entryLocation, Locations.name(child))));
                    }
                }
            }
        }
        return build(parts, Optional.empty(), idRef, true);
    }

    /**
     * A collection entry on its own. References to objectives are not checked here: the items
     * that use the entry may bring the objectives themselves.
     */
    Sequencing forCollectionEntry(Element entry, String id) {
        String location = collectionLocation(id);
        List<Part> parts = Dom.children(entry).stream()
                .map(child -> new Part(child, Locations.child(location, Locations.name(child)))).toList();
        return build(parts, Optional.of(id), Optional.empty(), false);
    }

    private static String key(Element element) {
        return Family.of(element) + ":" + element.getLocalName();
    }

    /** The pieces of one definition while it is read, and the objective references to check at the end. */
    private final class Definition {
        ControlMode controlMode = ControlMode.DEFAULT;
        final Map<SequencingRuleType, List<SequencingRule>> rules = new HashMap<>();
        LimitConditions limitConditions = LimitConditions.DEFAULT;
        List<AuxiliaryResource> auxiliaryResources = List.of();
        RollupRules rollupRules = RollupRules.DEFAULT;
        Optional<Objective> primaryObjective = Optional.empty();
        List<Objective> objectives = List.of();
        final Map<String, String> objectiveLocations = new LinkedHashMap<>();
        RandomizationControls randomizationControls = RandomizationControls.DEFAULT;
        DeliveryControls deliveryControls = DeliveryControls.DEFAULT;
        ConstrainedChoiceConsiderations constrainedChoice = ConstrainedChoiceConsiderations.DEFAULT;
        RollupConsiderations rollupConsiderations = RollupConsiderations.DEFAULT;
        List<AdlObjective> adlObjectives = List.of();
        final List<Reference> references = new ArrayList<>();

        void read(Part part) {
            Element e = part.element();
            String loc = part.location();
            switch (key(e)) {
                case "IMSSS:controlMode" -> controlMode = controlMode(e, loc);
                case "IMSSS:sequencingRules" -> sequencingRules(e, loc);
                case "IMSSS:limitConditions" -> limitConditions = limitConditions(e, loc);
                case "IMSSS:auxiliaryResources" -> auxiliaryResources = auxiliaryResources(e, loc);
                case "IMSSS:rollupRules" -> rollupRules = rollupRules(e, loc);
                case "IMSSS:objectives" -> objectives(e, loc);
                case "IMSSS:randomizationControls" -> randomizationControls = randomizationControls(e, loc);
                case "IMSSS:deliveryControls" -> deliveryControls = deliveryControls(e, loc);
                case "ADLSEQ:constrainedChoiceConsiderations" -> constrainedChoice = new ConstrainedChoiceConsiderations(
                        values.bool(e, "preventActivation", false, loc, Strictness.STRICT),
                        values.bool(e, "constrainChoice", false, loc, Strictness.STRICT));
                case "ADLSEQ:rollupConsiderations" -> rollupConsiderations = rollupConsiderations(e, loc);
                case "ADLSEQ:objectives" -> adlObjectives = adlObjectives(e, loc);
                default -> {
                    // Other namespaces may extend sequencing (xs:any ##other); nothing here reads them.
                }
            }
        }

        private void sequencingRules(Element element, String location) {
            Map<SequencingRuleType, Integer> positions = new HashMap<>();
            for (Element ruleElement : Dom.children(element)) {
                if (Family.of(ruleElement) != Family.IMSSS) {
                    continue;
                }
                for (SequencingRuleType type : SequencingRuleType.values()) {
                    if (type.element().equals(ruleElement.getLocalName())) {
                        int position = positions.merge(type, 1, Integer::sum);
                        rule(ruleElement, type, Locations.indexed(location, type.element(), position))
                                .ifPresent(rule -> rules.computeIfAbsent(type, t -> new ArrayList<>()).add(rule));
                    }
                }
            }
        }

        private Optional<SequencingRule> rule(Element element, SequencingRuleType type, String location) {
            ConditionCombination combination = ConditionCombination.ALL;
            List<RuleCondition> conditions = new ArrayList<>();
            Optional<Element> conditionsElement = Dom.child(element, Family.IMSSS, "ruleConditions");
            if (conditionsElement.isPresent()) {
                String conditionsLocation = Locations.child(location, "ruleConditions");
                combination = values.token(conditionsElement.get(), "conditionCombination", ConditionCombination.ALL,
                        ConditionCombination.values(), ConditionCombination::token, conditionsLocation, Strictness.STRICT);
                int position = 0;
                for (Element c : Dom.children(conditionsElement.get(), Family.IMSSS, "ruleCondition")) {
                    String conditionLocation = Locations.indexed(conditionsLocation, "ruleCondition", ++position);
                    Optional<String> objective = Dom.attribute(c, "referencedObjective").map(XmlValues::identifier)
                            .filter(s -> !s.isEmpty());
                    objective.ifPresent(id -> references.add(
                            new Reference(id, Locations.attribute(conditionLocation, "referencedObjective"))));
                    BigDecimal threshold = values.decimal(c, "measureThreshold", RuleCondition.DEFAULT_MEASURE_THRESHOLD,
                            MINUS_ONE, BigDecimal.ONE, conditionLocation, Strictness.STRICT);
                    ConditionOperator operator = values.token(c, "operator", ConditionOperator.NO_OP,
                            ConditionOperator.values(), ConditionOperator::token, conditionLocation, Strictness.STRICT);
                    values.requiredToken(c, "condition", ConditionType.values(), ConditionType::token, conditionLocation)
                            .ifPresent(condition -> conditions.add(new RuleCondition(objective, threshold, operator, condition)));
                }
            }
            Optional<Element> actionElement = Dom.child(element, Family.IMSSS, "ruleAction");
            if (actionElement.isEmpty()) {
                problems.error(ProblemCode.REQUIRED_MISSING, location, "ruleAction");
                return Optional.empty();
            }
            RuleAction[] allowed = Arrays.stream(RuleAction.values()).filter(a -> a.ruleType() == type).toList()
                    .toArray(NO_ACTIONS);
            ConditionCombination finalCombination = combination;
            return values.requiredToken(actionElement.get(), "action", allowed, RuleAction::token,
                    Locations.child(location, "ruleAction"))
                    .map(action -> new SequencingRule(type, finalCombination, conditions, action));
        }

        private void objectives(Element element, String location) {
            List<Element> primaries = Dom.children(element, Family.IMSSS, "primaryObjective");
            if (!primaries.isEmpty()) {
                primaryObjective = objective(primaries.get(0), true, location, 1);
            }
            List<Objective> others = new ArrayList<>();
            int position = 0;
            for (Element o : Dom.children(element, Family.IMSSS, "objective")) {
                objective(o, false, location, ++position).ifPresent(others::add);
            }
            objectives = others;
        }

        private Optional<Objective> objective(Element element, boolean primary, String parentLocation, int position) {
            String name = primary ? "primaryObjective" : "objective";
            Optional<String> id = Dom.attribute(element, "objectiveID").map(XmlValues::identifier).filter(s -> !s.isEmpty());
            String location = id.map(v -> Locations.withKey(parentLocation, name, "objectiveID", v))
                    .orElse(Locations.indexed(parentLocation, name, position));
            if (id.isEmpty() && !primary) {
                problems.error(ProblemCode.REQUIRED_MISSING, location, "@objectiveID");
                return Optional.empty();
            }
            if (id.isPresent() && objectiveLocations.putIfAbsent(id.get(), location) != null) {
                problems.error(ProblemCode.DUPLICATE_IDENTIFIER, location, id.get());
            }
            boolean satisfiedByMeasure = values.bool(element, "satisfiedByMeasure", false, location, Strictness.STRICT);
            Optional<Element> measure = Dom.child(element, Family.IMSSS, "minNormalizedMeasure");
            BigDecimal minNormalizedMeasure = measure.flatMap(m -> values.decimal(Optional.of(m.getTextContent()), MINUS_ONE,
                    BigDecimal.ONE, Locations.child(location, "minNormalizedMeasure"), Strictness.STRICT))
                    .orElse(Objective.DEFAULT_MIN_NORMALIZED_MEASURE);
            List<ObjectiveMap> maps = new ArrayList<>();
            int mapPosition = 0;
            for (Element map : Dom.children(element, Family.IMSSS, "mapInfo")) {
                String mapLocation = Locations.indexed(location, "mapInfo", ++mapPosition);
                target(map, mapLocation).ifPresent(target -> maps.add(new ObjectiveMap(target,
                        values.bool(map, "readSatisfiedStatus", true, mapLocation, Strictness.STRICT),
                        values.bool(map, "readNormalizedMeasure", true, mapLocation, Strictness.STRICT),
                        values.bool(map, "writeSatisfiedStatus", false, mapLocation, Strictness.STRICT),
                        values.bool(map, "writeNormalizedMeasure", false, mapLocation, Strictness.STRICT))));
            }
            return Optional.of(new Objective(primary, id, satisfiedByMeasure, minNormalizedMeasure, maps));
        }

        private List<AdlObjective> adlObjectives(Element element, String location) {
            List<AdlObjective> found = new ArrayList<>();
            int position = 0;
            for (Element o : Dom.children(element, Family.ADLSEQ, "objective")) {
                position++;
                Optional<String> id = Dom.attribute(o, "objectiveID").map(XmlValues::identifier).filter(s -> !s.isEmpty());
                if (id.isEmpty()) {
                    problems.error(ProblemCode.REQUIRED_MISSING, Locations.indexed(location, "adlseq:objective", position),
                            "@objectiveID");
                    continue;
                }
                String objectiveLocation = Locations.withKey(location, "adlseq:objective", "objectiveID", id.get());
                references.add(new Reference(id.get(), Locations.attribute(objectiveLocation, "objectiveID")));
                List<AdlObjectiveMap> maps = new ArrayList<>();
                int mapPosition = 0;
                for (Element map : Dom.children(o, Family.ADLSEQ, "mapInfo")) {
                    String mapLocation = Locations.indexed(objectiveLocation, "adlseq:mapInfo", ++mapPosition);
                    target(map, mapLocation).ifPresent(target -> maps.add(new AdlObjectiveMap(target,
                            values.bool(map, "readRawScore", true, mapLocation, Strictness.STRICT),
                            values.bool(map, "readMinScore", true, mapLocation, Strictness.STRICT),
                            values.bool(map, "readMaxScore", true, mapLocation, Strictness.STRICT),
                            values.bool(map, "readCompletionStatus", true, mapLocation, Strictness.STRICT),
                            values.bool(map, "readProgressMeasure", true, mapLocation, Strictness.STRICT),
                            values.bool(map, "writeRawScore", false, mapLocation, Strictness.STRICT),
                            values.bool(map, "writeMinScore", false, mapLocation, Strictness.STRICT),
                            values.bool(map, "writeMaxScore", false, mapLocation, Strictness.STRICT),
                            values.bool(map, "writeCompletionStatus", false, mapLocation, Strictness.STRICT),
                            values.bool(map, "writeProgressMeasure", false, mapLocation, Strictness.STRICT))));
                }
                found.add(new AdlObjective(id.get(), maps));
            }
            return found;
        }

        Sequencing finish(Optional<String> id, Optional<String> idRef, boolean checkReferences) {
            Sequencing sequencing = new Sequencing(id, idRef, controlMode,
                    rules.getOrDefault(SequencingRuleType.PRE_CONDITION, List.of()),
                    rules.getOrDefault(SequencingRuleType.EXIT_CONDITION, List.of()),
                    rules.getOrDefault(SequencingRuleType.POST_CONDITION, List.of()),
                    limitConditions, auxiliaryResources, rollupRules, primaryObjective, objectives,
                    randomizationControls, deliveryControls, constrainedChoice, rollupConsiderations, adlObjectives);
            if (checkReferences) {
                for (Reference reference : references) {
                    if (sequencing.objective(reference.objectiveId()).isEmpty()) {
                        problems.warning(ProblemCode.UNKNOWN_OBJECTIVE_REFERENCE, reference.location(),
                                reference.objectiveId());
                    }
                }
            }
            return sequencing;
        }
    }

    private Sequencing build(List<Part> parts, Optional<String> id, Optional<String> idRef, boolean checkReferences) {
        Definition definition = new Definition();
        Set<String> seen = new HashSet<>();
        for (Part part : parts) {
            // The schema allows each child once; a repeated one is not read twice.
            if (seen.add(key(part.element()))) {
                definition.read(part);
            }
        }
        return definition.finish(id, idRef, checkReferences);
    }

    private ControlMode controlMode(Element e, String loc) {
        return new ControlMode(
                values.bool(e, "choice", true, loc, Strictness.STRICT),
                values.bool(e, "choiceExit", true, loc, Strictness.STRICT),
                values.bool(e, "flow", false, loc, Strictness.STRICT),
                values.bool(e, "forwardOnly", false, loc, Strictness.STRICT),
                values.bool(e, "useCurrentAttemptObjectiveInfo", true, loc, Strictness.STRICT),
                values.bool(e, "useCurrentAttemptProgressInfo", true, loc, Strictness.STRICT));
    }

    private LimitConditions limitConditions(Element e, String loc) {
        return new LimitConditions(
                values.nonNegativeInteger(e, "attemptLimit", loc, Strictness.STRICT).orElse(0),
                values.duration(e, "attemptAbsoluteDurationLimit", loc, Strictness.STRICT),
                values.duration(e, "attemptExperiencedDurationLimit", loc, Strictness.STRICT),
                values.duration(e, "activityAbsoluteDurationLimit", loc, Strictness.STRICT),
                values.duration(e, "activityExperiencedDurationLimit", loc, Strictness.STRICT),
                values.dateTime(e, "beginTimeLimit", loc, Strictness.STRICT),
                values.dateTime(e, "endTimeLimit", loc, Strictness.STRICT));
    }

    private List<AuxiliaryResource> auxiliaryResources(Element e, String loc) {
        List<AuxiliaryResource> found = new ArrayList<>();
        int position = 0;
        for (Element r : Dom.children(e, Family.IMSSS, "auxiliaryResource")) {
            String location = Locations.indexed(loc, "auxiliaryResource", ++position);
            Optional<String> id = Dom.attribute(r, "auxiliaryResourceID").map(XmlValues::collapse).filter(s -> !s.isEmpty());
            Optional<String> purpose = Dom.attribute(r, "purpose");
            if (id.isEmpty()) {
                problems.error(ProblemCode.REQUIRED_MISSING, location, "@auxiliaryResourceID");
            }
            if (purpose.isEmpty()) {
                problems.error(ProblemCode.REQUIRED_MISSING, location, "@purpose");
            }
            if (id.isPresent() && purpose.isPresent()) {
                found.add(new AuxiliaryResource(id.get(), purpose.get()));
            }
        }
        return found;
    }

    private RollupRules rollupRules(Element e, String loc) {
        List<RollupRule> rules = new ArrayList<>();
        int position = 0;
        ConditionType[] rollupConditions = Arrays.stream(ConditionType.values()).filter(ConditionType::usableInRollup)
                .toList().toArray(new ConditionType[0]);
        for (Element r : Dom.children(e, Family.IMSSS, "rollupRule")) {
            String location = Locations.indexed(loc, "rollupRule", ++position);
            ChildActivitySet set = values.token(r, "childActivitySet", ChildActivitySet.ALL, ChildActivitySet.values(),
                    ChildActivitySet::token, location, Strictness.STRICT);
            int minimumCount = values.nonNegativeInteger(r, "minimumCount", location, Strictness.STRICT).orElse(0);
            BigDecimal minimumPercent = values.decimal(r, "minimumPercent", BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE,
                    location, Strictness.STRICT);
            Optional<Element> conditionsElement = Dom.child(r, Family.IMSSS, "rollupConditions");
            ConditionCombination combination = ConditionCombination.ANY;
            List<RollupCondition> conditions = new ArrayList<>();
            if (conditionsElement.isEmpty()) {
                problems.error(ProblemCode.REQUIRED_MISSING, location, "rollupConditions");
            } else {
                String conditionsLocation = Locations.child(location, "rollupConditions");
                combination = values.token(conditionsElement.get(), "conditionCombination", ConditionCombination.ANY,
                        ConditionCombination.values(), ConditionCombination::token, conditionsLocation, Strictness.STRICT);
                int conditionPosition = 0;
                for (Element c : Dom.children(conditionsElement.get(), Family.IMSSS, "rollupCondition")) {
                    String conditionLocation = Locations.indexed(conditionsLocation, "rollupCondition", ++conditionPosition);
                    ConditionOperator operator = values.token(c, "operator", ConditionOperator.NO_OP,
                            ConditionOperator.values(), ConditionOperator::token, conditionLocation, Strictness.STRICT);
                    values.requiredToken(c, "condition", rollupConditions, ConditionType::token, conditionLocation)
                            .ifPresent(condition -> conditions.add(new RollupCondition(operator, condition)));
                }
            }
            Optional<Element> actionElement = Dom.child(r, Family.IMSSS, "rollupAction");
            if (actionElement.isEmpty()) {
                problems.error(ProblemCode.REQUIRED_MISSING, location, "rollupAction");
                continue;
            }
            ConditionCombination finalCombination = combination;
            values.requiredToken(actionElement.get(), "action", RollupAction.values(), RollupAction::token,
                    Locations.child(location, "rollupAction"))
                    .ifPresent(action -> rules.add(new RollupRule(set, minimumCount, minimumPercent, finalCombination,
                            conditions, action)));
        }
        return new RollupRules(
                values.bool(e, "rollupObjectiveSatisfied", true, loc, Strictness.STRICT),
                values.bool(e, "rollupProgressCompletion", true, loc, Strictness.STRICT),
                values.decimal(e, "objectiveMeasureWeight", RollupRules.DEFAULT.objectiveMeasureWeight(), BigDecimal.ZERO,
                        BigDecimal.ONE, loc, Strictness.STRICT),
                rules);
    }

    private RandomizationControls randomizationControls(Element e, String loc) {
        return new RandomizationControls(
                values.token(e, "randomizationTiming", RandomizationTiming.NEVER, RandomizationTiming.values(),
                        RandomizationTiming::token, loc, Strictness.STRICT),
                values.nonNegativeInteger(e, "selectCount", loc, Strictness.STRICT),
                values.bool(e, "reorderChildren", false, loc, Strictness.STRICT),
                values.token(e, "selectionTiming", RandomizationTiming.NEVER, RandomizationTiming.values(),
                        RandomizationTiming::token, loc, Strictness.STRICT));
    }

    private DeliveryControls deliveryControls(Element e, String loc) {
        return new DeliveryControls(
                values.bool(e, "tracked", true, loc, Strictness.STRICT),
                values.bool(e, "completionSetByContent", false, loc, Strictness.STRICT),
                values.bool(e, "objectiveSetByContent", false, loc, Strictness.STRICT));
    }

    private RollupConsiderations rollupConsiderations(Element e, String loc) {
        return new RollupConsiderations(
                consideration(e, "requiredForSatisfied", loc),
                consideration(e, "requiredForNotSatisfied", loc),
                consideration(e, "requiredForCompleted", loc),
                consideration(e, "requiredForIncomplete", loc),
                values.bool(e, "measureSatisfactionIfActive", true, loc, Strictness.STRICT));
    }

    private RollupConsideration consideration(Element e, String attribute, String loc) {
        return values.token(e, attribute, RollupConsideration.ALWAYS, RollupConsideration.values(),
                RollupConsideration::token, loc, Strictness.STRICT);
    }

    /** A map's global objective; maps without one are refused. */
    private Optional<String> target(Element map, String location) {
        Optional<String> target = Dom.attribute(map, "targetObjectiveID").map(XmlValues::collapse).filter(s -> !s.isEmpty());
        if (target.isEmpty()) {
            problems.error(ProblemCode.REQUIRED_MISSING, location, "@targetObjectiveID");
        }
        return target;
    }
}
