package jp.manabi.content.scorm.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import jp.manabi.content.scorm.PackageProblem;
import jp.manabi.content.scorm.PackageRejectedException;
import jp.manabi.content.scorm.ProblemCode;
import jp.manabi.content.scorm.sequencing.AdlObjectiveMap;
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
import jp.manabi.content.scorm.sequencing.RollupConsideration;
import jp.manabi.content.scorm.sequencing.RollupConsiderations;
import jp.manabi.content.scorm.sequencing.RollupRule;
import jp.manabi.content.scorm.sequencing.RuleAction;
import jp.manabi.content.scorm.sequencing.RuleCondition;
import jp.manabi.content.scorm.sequencing.Sequencing;
import jp.manabi.content.scorm.sequencing.SequencingRule;
import jp.manabi.content.scorm.sequencing.SequencingRuleType;
import org.junit.jupiter.api.Test;

/** What ManifestReader makes of small manifests written for one rule each. */
class ManifestReaderTest {

    private static final String NS_2004 = """
            xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
            xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3" xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
            xmlns:imsss="http://www.imsglobal.org/xsd/imsss\"""";
    private static final String NS_12 = """
            xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2\"""";
    private static final String SCO = """
            <resources><resource identifier="r1" type="webcontent" adlcp:scormType="sco" href="index.html"/></resources>""";

    /** A 2004 4th Edition manifest with one organization "org" holding {@code items}. */
    private static String manifest2004(String items, String resources, String after) {
        return "<manifest identifier=\"m\" " + NS_2004 + "><metadata><schemaversion>2004 4th Edition</schemaversion></metadata>"
                + "<organizations default=\"org\"><organization identifier=\"org\"><title>講座</title>" + items
                + "</organization></organizations>" + resources + after + "</manifest>";
    }

    /** One SCO item "i1" with the given content (sequencing, ADL elements). */
    private static String item2004(String content) {
        return manifest2004("<item identifier=\"i1\" identifierref=\"r1\"><title>一</title>" + content + "</item>", SCO, "");
    }

    private static ManifestReading read(String xml) throws PackageRejectedException {
        return ManifestReader.read(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static PackageRejectedException refused(String xml) {
        return assertThrows(PackageRejectedException.class, () -> read(xml));
    }

    private static Sequencing sequencingOf(String sequencingXml) throws PackageRejectedException {
        ManifestReading reading = read(item2004(sequencingXml));
        assertEquals(List.of(), reading.warnings());
        return reading.manifest().allItems().get(0).sequencing().orElseThrow();
    }

    private static List<ProblemCode> codes(List<PackageProblem> problems) {
        return problems.stream().map(PackageProblem::code).toList();
    }

    // Editions and organizations

    @Test
    void scorm12ItemsCarryTheirAdlcpFields() throws Exception {
        ManifestReading reading = read("<manifest identifier=\"m\" " + NS_12 + ">"
                + "<metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>"
                + "<organizations default=\"org\"><organization identifier=\"org\"><title>t</title>"
                + "<item identifier=\"i1\" identifierref=\"r1\" isvisible=\"false\"><title>一</title>"
                + "<adlcp:masteryscore>80</adlcp:masteryscore><adlcp:datafromlms> a=1;b=2 </adlcp:datafromlms>"
                + "<adlcp:maxtimeallowed>00:30:00</adlcp:maxtimeallowed><adlcp:timelimitaction>exit,message</adlcp:timelimitaction>"
                + "<adlcp:prerequisites type=\"aicc_script\">i0</adlcp:prerequisites></item>"
                + "<item identifier=\"heading\"><title>見出し</title></item>"
                + "</organization></organizations>"
                + "<resources><resource identifier=\"r1\" type=\"webcontent\" adlcp:scormtype=\"sco\" href=\"index.html\"/>"
                + "</resources></manifest>");
        Manifest manifest = reading.manifest();
        assertEquals(ScormEdition.SCORM_12, manifest.edition());
        Item item = manifest.allItems().get(0);
        assertFalse(item.visible());
        assertEquals(0, new BigDecimal(80).compareTo(item.masteryScore().orElseThrow()));
        assertEquals(Optional.of("a=1;b=2"), item.dataFromLms());
        assertEquals(Optional.of("00:30:00"), item.maxTimeAllowed());
        assertEquals(TimeLimitAction.EXIT_MESSAGE, item.timeLimitAction());
        assertEquals(Optional.of("i0"), item.prerequisites());
        assertTrue(manifest.resource("r1").orElseThrow().isSco());
        assertEquals(Optional.of("index.html"), item.launchUrl());
        assertEquals(List.of(ProblemCode.LEAF_ITEM_WITHOUT_RESOURCE), codes(reading.warnings()),
                "a 1.2 heading without content only warns");
    }

    @Test
    void aMissingOrUnknownSchemaversionFallsBackToTheNamespaces() throws Exception {
        String scorm12 = "<manifest identifier=\"m\" " + NS_12 + "><organizations default=\"org\"><organization identifier=\"org\">"
                + "<item identifier=\"i1\" identifierref=\"r1\"/></organization></organizations>"
                + "<resources><resource identifier=\"r1\" type=\"webcontent\" adlcp:scormtype=\"sco\" href=\"a.html\"/></resources>"
                + "</manifest>";
        ManifestReading reading = read(scorm12);
        assertEquals(ScormEdition.SCORM_12, reading.manifest().edition());
        PackageProblem warning = reading.warnings().get(0);
        assertEquals(ProblemCode.SCHEMAVERSION_UNKNOWN, warning.code());
        assertEquals("metadata/schemaversion", warning.location());
        assertTrue(warning.english().contains("SCORM 1.2"), warning.english());

        String third = item2004("").replace("2004 4th Edition", "SCORM 2004");
        assertEquals(ScormEdition.SCORM_2004_3RD, read(third).manifest().edition());
        assertEquals(List.of("SCORM 2004", "SCORM 2004 3rd Edition"), read(third).warnings().get(0).arguments());
        String fourth = item2004("<adlcp:data><adlcp:map targetID=\"notes\"/></adlcp:data>")
                .replace("2004 4th Edition", "2004 4th edition?");
        assertEquals(ScormEdition.SCORM_2004_4TH, read(fourth).manifest().edition(), "4th-only elements tell the edition");
        assertEquals(ScormEdition.SCORM_2004_2ND, read(item2004("").replace("2004 4th Edition", " cam  1.3 ")).manifest().edition());
    }

    @Test
    void theDefaultOrganizationFallsBackToTheFirstWithAWarning() throws Exception {
        String two = "<organization identifier=\"first\"><item identifier=\"a\" identifierref=\"r1\"/></organization>"
                + "<organization identifier=\"second\"><item identifier=\"b\" identifierref=\"r1\"/></organization>";
        String base = "<manifest identifier=\"m\" " + NS_2004 + "><metadata><schemaversion>2004 3rd Edition</schemaversion>"
                + "</metadata><organizations DEFAULT>" + two + "</organizations>" + SCO + "</manifest>";
        assertEquals("second", read(base.replace("DEFAULT", "default=\"second\"")).manifest().organization().identifier());

        ManifestReading missing = read(base.replace("DEFAULT", ""));
        assertEquals("first", missing.manifest().organization().identifier());
        assertEquals(List.of(ProblemCode.DEFAULT_ORGANIZATION_MISSING), codes(missing.warnings()));

        ManifestReading unknown = read(base.replace("DEFAULT", "default=\"third\""));
        assertEquals("first", unknown.manifest().organization().identifier());
        assertEquals(List.of(ProblemCode.DEFAULT_ORGANIZATION_UNKNOWN), codes(unknown.warnings()));
        assertEquals(List.of("third", "first"), unknown.warnings().get(0).arguments());
        assertEquals("organizations/@default", unknown.warnings().get(0).location());
    }

    @Test
    void identifiersAreWhitespaceNormalisedAsTheAdlSampleLmsDoes() throws Exception {
        ManifestReading reading = read(manifest2004("<item identifier=\" i1 \" identifierref=\"  r1\"/>",
                "<resources><resource identifier=\"r1   \" type=\"webcontent\" adlcp:scormType=\"sco\" href=\"a.html\"/>"
                        + "</resources>", "").replace("default=\"org\"", "default=\"  org \""));
        assertEquals(List.of(), reading.warnings());
        assertEquals("i1", reading.manifest().allItems().get(0).identifier());
        assertEquals(Optional.of("a.html"), reading.manifest().allItems().get(0).launchUrl());
    }

    // Resources and launch URLs

    @Test
    void xmlBaseAppliesFromTheManifestDownToTheResource() throws Exception {
        String xml = "<manifest identifier=\"m\" xml:base=\"course/\" " + NS_2004 + ">"
                + "<metadata><schemaversion>2004 3rd Edition</schemaversion></metadata>"
                + "<organizations default=\"org\"><organization identifier=\"org\">"
                + "<item identifier=\"i1\" identifierref=\"r1\" parameters=\"?lang=ja\"/>"
                + "<item identifier=\"i2\" identifierref=\"cdn\" parameters=\"#chapter2\"/>"
                + "<item identifier=\"i3\" identifierref=\"noslash\"/>"
                + "</organization></organizations>"
                + "<resources xml:base=\"res/\">"
                + "<resource identifier=\"r1\" type=\"webcontent\" adlcp:scormType=\"sco\" xml:base=\"sco1/\" href=\"index.html?x=1\">"
                + "<file href=\"index.html\"/><file href=\"../shared/lib.js\"/></resource>"
                + "<resource identifier=\"cdn\" type=\"webcontent\" adlcp:scormType=\"asset\" xml:base=\"https://cdn.example/c/\""
                + " href=\"page.html\"/>"
                + "<resource identifier=\"noslash\" type=\"webcontent\" adlcp:scormType=\"asset\" xml:base=\"pages\" href=\"p.html\"/>"
                + "</resources></manifest>";
        ManifestReading reading = read(xml);
        Manifest manifest = reading.manifest();
        assertEquals("course/", manifest.base());
        Resource r1 = manifest.resource("r1").orElseThrow();
        assertEquals("course/res/sco1/", r1.base());
        assertEquals(Optional.of("course/res/sco1/index.html?x=1"), r1.launchHref());
        assertEquals(Optional.of("course/res/sco1/index.html"), r1.launchPath());
        assertEquals(List.of("course/res/sco1/index.html", "course/res/shared/lib.js"),
                r1.files().stream().map(f -> f.packagePath().orElseThrow()).toList());
        List<Item> items = manifest.allItems();
        assertEquals(Optional.of("course/res/sco1/index.html?x=1&lang=ja"), items.get(0).launchUrl());
        assertEquals(Optional.of("https://cdn.example/c/page.html#chapter2"), items.get(1).launchUrl());
        assertEquals(Optional.empty(), manifest.resource("cdn").orElseThrow().launchPath(), "not a file of the package");
        assertEquals(Optional.of("course/res/pages/p.html"), items.get(2).launchUrl());
        assertEquals(List.of(ProblemCode.XML_BASE_NOT_A_FOLDER), codes(reading.warnings()));
        assertEquals("resource[@identifier='noslash']/@xml:base", reading.warnings().get(0).location());
    }

    @Test
    void scormTypeIsReadInEitherSpellingAndWarnsWhenAbsentOrUnknown() throws Exception {
        ManifestReading reading = read(manifest2004("<item identifier=\"i1\" identifierref=\"a\"/>",
                "<resources><resource identifier=\"a\" type=\"webcontent\" adlcp:scormtype=\"SCO\" href=\"a.html\"/>"
                        + "<resource identifier=\"b\" type=\"webcontent\" href=\"b.html\"><dependency identifierref=\"zz\"/></resource>"
                        + "<resource identifier=\"c\" type=\"webcontent\" adlcp:scormType=\"module\" href=\"c.html\"/></resources>",
                ""));
        Manifest manifest = reading.manifest();
        assertEquals(ScormType.SCO, manifest.resource("a").orElseThrow().scormType());
        assertEquals(ScormType.ASSET, manifest.resource("b").orElseThrow().scormType());
        assertEquals(ScormType.ASSET, manifest.resource("c").orElseThrow().scormType());
        assertEquals(List.of(ProblemCode.SCORM_TYPE_MISSING, ProblemCode.INVALID_VALUE, ProblemCode.UNKNOWN_DEPENDENCY),
                codes(reading.warnings()));
        assertEquals("resource[@identifier='b']/dependency[@identifierref='zz']", reading.warnings().get(2).location());
    }

    // SCORM 2004 item fields

    @Test
    void scorm2004ItemsCarryCompletionDataAndPresentation() throws Exception {
        Item item = read(item2004("""
                <adlcp:completionThreshold progressWeight="0.3"/>
                <adlcp:dataFromLMS>start=2</adlcp:dataFromLMS>
                <adlcp:timeLimitAction>continue,message</adlcp:timeLimitAction>
                <adlcp:data><adlcp:map targetID="notes"/><adlcp:map targetID="glossary" readSharedData="false"
                    writeSharedData="true"/></adlcp:data>
                <adlnav:presentation><adlnav:navigationInterface><adlnav:hideLMSUI>continue</adlnav:hideLMSUI>
                    <adlnav:hideLMSUI>suspendAll</adlnav:hideLMSUI></adlnav:navigationInterface></adlnav:presentation>
                """)).manifest().allItems().get(0);
        CompletionThreshold threshold = item.completionThreshold().orElseThrow();
        assertEquals(Optional.empty(), threshold.value());
        assertFalse(threshold.completedByMeasure());
        assertEquals(0, BigDecimal.ONE.compareTo(threshold.minProgressMeasure()));
        assertEquals(0, new BigDecimal("0.3").compareTo(threshold.progressWeight()));
        assertEquals(Optional.of("start=2"), item.dataFromLms());
        assertEquals(TimeLimitAction.CONTINUE_MESSAGE, item.timeLimitAction());
        assertEquals(List.of(new SharedDataMap("notes", true, false), new SharedDataMap("glossary", false, true)),
                item.sharedData());
        assertEquals(List.of(HideLmsUi.CONTINUE, HideLmsUi.SUSPEND_ALL), item.hideLmsUi());
        assertTrue(item.visible());

        Item third = read(item2004("<adlcp:completionThreshold>0.75</adlcp:completionThreshold>")).manifest().allItems()
                .get(0);
        assertEquals(0, new BigDecimal("0.75").compareTo(third.completionThreshold().orElseThrow().value().orElseThrow()));
        Item plain = read(item2004("")).manifest().allItems().get(0);
        assertEquals(TimeLimitAction.DEFAULT, plain.timeLimitAction());
        assertEquals(Optional.empty(), plain.completionThreshold());
        assertEquals(Sequencing.DEFAULT, plain.effectiveSequencing());
    }

    @Test
    void invalidPresentationValuesAreIgnoredWithWarnings() throws Exception {
        ManifestReading reading = read(manifest2004("<item identifier=\"i1\" identifierref=\"r1\" isvisible=\"yes\">"
                + "<adlcp:timeLimitAction>stop</adlcp:timeLimitAction><adlcp:masteryscore>high</adlcp:masteryscore>"
                + "<adlnav:presentation><adlnav:navigationInterface><adlnav:hideLMSUI>menu</adlnav:hideLMSUI>"
                + "</adlnav:navigationInterface></adlnav:presentation></item>", SCO, ""));
        Item item = reading.manifest().allItems().get(0);
        assertTrue(item.visible());
        assertEquals(TimeLimitAction.DEFAULT, item.timeLimitAction());
        assertEquals(Optional.empty(), item.masteryScore());
        assertEquals(List.of(), item.hideLmsUi());
        assertEquals(4, reading.warnings().size(), reading.warnings().toString());
        assertTrue(reading.warnings().stream().allMatch(w -> w.code() == ProblemCode.INVALID_VALUE));
        assertEquals("organization[@identifier='org']/item[@identifier='i1']/@isvisible", reading.warnings().get(0).location());
        assertEquals(List.of("yes", "true | false"), reading.warnings().get(0).arguments());
    }

    // Sequencing

    @Test
    void absentSequencingAttributesTakeTheCamDefaults() throws Exception {
        Sequencing s = sequencingOf("""
                <imsss:sequencing>
                  <imsss:controlMode choice="false"/>
                  <imsss:sequencingRules><imsss:preConditionRule>
                    <imsss:ruleConditions><imsss:ruleCondition condition="satisfied"/></imsss:ruleConditions>
                    <imsss:ruleAction action="skip"/></imsss:preConditionRule></imsss:sequencingRules>
                  <imsss:limitConditions/>
                  <imsss:rollupRules><imsss:rollupRule><imsss:rollupConditions>
                    <imsss:rollupCondition condition="completed"/></imsss:rollupConditions>
                    <imsss:rollupAction action="completed"/></imsss:rollupRule></imsss:rollupRules>
                  <imsss:objectives><imsss:primaryObjective objectiveID="p">
                    <imsss:mapInfo targetObjectiveID="g"/></imsss:primaryObjective></imsss:objectives>
                  <imsss:randomizationControls/>
                  <imsss:deliveryControls/>
                  <adlseq:constrainedChoiceConsiderations/>
                  <adlseq:rollupConsiderations/>
                  <adlseq:objectives><adlseq:objective objectiveID="p"><adlseq:mapInfo targetObjectiveID="g"/>
                    </adlseq:objective></adlseq:objectives>
                </imsss:sequencing>""");
        assertEquals(new ControlMode(false, true, false, false, true, true), s.controlMode());
        assertEquals(List.of(new SequencingRule(SequencingRuleType.PRE_CONDITION,
                ConditionCombination.ALL, List.of(new RuleCondition(Optional.empty(), RuleCondition.DEFAULT_MEASURE_THRESHOLD,
                        ConditionOperator.NO_OP, ConditionType.SATISFIED)), RuleAction.SKIP)), s.preConditionRules());
        assertEquals(LimitConditions.DEFAULT, s.limitConditions());
        assertFalse(s.limitConditions().attemptLimited());
        RollupRule rollup = s.rollupRules().rules().get(0);
        assertEquals(ChildActivitySet.ALL, rollup.childActivitySet());
        assertEquals(0, rollup.minimumCount());
        assertEquals(0, BigDecimal.ZERO.compareTo(rollup.minimumPercent()));
        assertEquals(ConditionCombination.ANY, rollup.conditionCombination(), "rollup conditions default to any");
        assertEquals(RollupAction.COMPLETED, rollup.action());
        assertTrue(s.rollupRules().rollupObjectiveSatisfied());
        assertTrue(s.rollupRules().rollupProgressCompletion());
        assertEquals(0, BigDecimal.ONE.compareTo(s.rollupRules().objectiveMeasureWeight()));
        Objective primary = s.primaryObjective().orElseThrow();
        assertFalse(primary.satisfiedByMeasure());
        assertEquals(0, BigDecimal.ONE.compareTo(primary.minNormalizedMeasure()));
        assertEquals(List.of(new ObjectiveMap("g", true, true, false, false)), primary.maps());
        assertEquals(RandomizationControls.DEFAULT, s.randomizationControls());
        assertEquals(DeliveryControls.DEFAULT, s.deliveryControls());
        assertEquals(ConstrainedChoiceConsiderations.DEFAULT, s.constrainedChoiceConsiderations());
        assertEquals(RollupConsiderations.DEFAULT, s.rollupConsiderations());
        assertTrue(s.rollupConsiderations().measureSatisfactionIfActive());
        assertEquals(List.of(new AdlObjectiveMap("g", true, true, true, true, true, false, false, false, false, false)),
                s.adlObjectives().get(0).maps());

        assertEquals(Sequencing.DEFAULT, sequencingOf("<imsss:sequencing/>"));
    }

    @Test
    void everySequencingValueWrittenIsRead() throws Exception {
        Sequencing s = sequencingOf("""
                <imsss:sequencing>
                  <imsss:controlMode choice="0" choiceExit="false" flow="true" forwardOnly="1"
                      useCurrentAttemptObjectiveInfo="false" useCurrentAttemptProgressInfo="false"/>
                  <imsss:sequencingRules>
                    <imsss:exitConditionRule><imsss:ruleConditions><imsss:ruleCondition condition="completed"/>
                      </imsss:ruleConditions><imsss:ruleAction action="exit"/></imsss:exitConditionRule>
                    <imsss:postConditionRule><imsss:ruleConditions conditionCombination="any">
                      <imsss:ruleCondition referencedObjective="o2" measureThreshold="0.5" operator="not"
                          condition="objectiveMeasureGreaterThan"/></imsss:ruleConditions>
                      <imsss:ruleAction action="retryAll"/></imsss:postConditionRule>
                  </imsss:sequencingRules>
                  <imsss:limitConditions attemptLimit="3" attemptAbsoluteDurationLimit="PT1H30M"
                      beginTimeLimit="2025-04-01T09:00:00"/>
                  <imsss:auxiliaryResources><imsss:auxiliaryResource auxiliaryResourceID="glossary" purpose="用語集"/>
                    </imsss:auxiliaryResources>
                  <imsss:rollupRules rollupObjectiveSatisfied="false" rollupProgressCompletion="false"
                      objectiveMeasureWeight="0.5">
                    <imsss:rollupRule childActivitySet="atLeastPercent" minimumCount="2" minimumPercent="0.75">
                      <imsss:rollupConditions conditionCombination="all">
                        <imsss:rollupCondition operator="not" condition="attempted"/></imsss:rollupConditions>
                      <imsss:rollupAction action="notSatisfied"/></imsss:rollupRule>
                  </imsss:rollupRules>
                  <imsss:objectives>
                    <imsss:primaryObjective objectiveID="o1" satisfiedByMeasure="true">
                      <imsss:minNormalizedMeasure>0.6</imsss:minNormalizedMeasure>
                      <imsss:mapInfo targetObjectiveID="g1" readSatisfiedStatus="false" readNormalizedMeasure="false"
                          writeSatisfiedStatus="true" writeNormalizedMeasure="true"/></imsss:primaryObjective>
                    <imsss:objective objectiveID="o2"/>
                  </imsss:objectives>
                  <imsss:randomizationControls randomizationTiming="onEachNewAttempt" selectCount="2"
                      reorderChildren="true" selectionTiming="once"/>
                  <imsss:deliveryControls tracked="false" completionSetByContent="true" objectiveSetByContent="true"/>
                  <adlseq:constrainedChoiceConsiderations preventActivation="true" constrainChoice="true"/>
                  <adlseq:rollupConsiderations requiredForSatisfied="ifAttempted" requiredForNotSatisfied="ifNotSkipped"
                      requiredForCompleted="ifNotSuspended" requiredForIncomplete="always" measureSatisfactionIfActive="false"/>
                  <adlseq:objectives><adlseq:objective objectiveID="o2"><adlseq:mapInfo targetObjectiveID="g2"
                      readRawScore="false" readMinScore="false" readMaxScore="false" readCompletionStatus="false"
                      readProgressMeasure="false" writeRawScore="true" writeMinScore="true" writeMaxScore="true"
                      writeCompletionStatus="true" writeProgressMeasure="true"/></adlseq:objective></adlseq:objectives>
                </imsss:sequencing>""");
        assertEquals(new ControlMode(false, false, true, true, false, false), s.controlMode());
        assertEquals(RuleAction.EXIT, s.exitConditionRules().get(0).action());
        SequencingRule post = s.postConditionRules().get(0);
        assertEquals(ConditionCombination.ANY, post.conditionCombination());
        assertEquals(new RuleCondition(Optional.of("o2"), new BigDecimal("0.5"), ConditionOperator.NOT,
                ConditionType.OBJECTIVE_MEASURE_GREATER_THAN), post.conditions().get(0));
        assertEquals(RuleAction.RETRY_ALL, post.action());
        assertEquals(3, s.limitConditions().attemptLimit());
        assertEquals(Optional.of(Duration.ofMinutes(90)), s.limitConditions().attemptAbsoluteDurationLimit());
        assertEquals(Optional.of("2025-04-01T09:00:00"), s.limitConditions().beginTimeLimit());
        assertEquals("用語集", s.auxiliaryResources().get(0).purpose());
        assertFalse(s.rollupRules().rollupObjectiveSatisfied());
        assertFalse(s.rollupRules().rollupProgressCompletion());
        assertEquals(new BigDecimal("0.5"), s.rollupRules().objectiveMeasureWeight());
        RollupRule rollup = s.rollupRules().rules().get(0);
        assertEquals(ChildActivitySet.AT_LEAST_PERCENT, rollup.childActivitySet());
        assertEquals(2, rollup.minimumCount());
        assertEquals(new BigDecimal("0.75"), rollup.minimumPercent());
        assertEquals(ConditionCombination.ALL, rollup.conditionCombination());
        assertEquals(ConditionOperator.NOT, rollup.conditions().get(0).operator());
        assertEquals(RollupAction.NOT_SATISFIED, rollup.action());
        Objective primary = s.primaryObjective().orElseThrow();
        assertTrue(primary.satisfiedByMeasure());
        assertEquals(new BigDecimal("0.6"), primary.minNormalizedMeasure());
        assertEquals(new ObjectiveMap("g1", false, false, true, true), primary.maps().get(0));
        assertEquals(List.of("o1", "o2"), s.allObjectives().stream().map(o -> o.objectiveId().orElseThrow()).toList());
        assertEquals(new RandomizationControls(RandomizationTiming.ON_EACH_NEW_ATTEMPT, Optional.of(2), true,
                RandomizationTiming.ONCE), s.randomizationControls());
        assertEquals(new DeliveryControls(false, true, true), s.deliveryControls());
        assertEquals(new ConstrainedChoiceConsiderations(true, true), s.constrainedChoiceConsiderations());
        assertEquals(new RollupConsiderations(RollupConsideration.IF_ATTEMPTED, RollupConsideration.IF_NOT_SKIPPED,
                RollupConsideration.IF_NOT_SUSPENDED, RollupConsideration.ALWAYS, false), s.rollupConsiderations());
        assertEquals(List.of(new AdlObjectiveMap("g2", false, false, false, false, false, true, true, true, true, true)),
                s.adlObjectives().get(0).maps());
    }

    @Test
    void organizationsSayWhetherObjectivesAndSharedDataAreGlobal() throws Exception {
        String xml = item2004("").replace("<organization identifier=\"org\">", "<organization identifier=\"org\""
                + " adlseq:objectivesGlobalToSystem=\"false\" adlcp:sharedDataGlobalToSystem=\"false\">"
                + "<imsss:sequencing><imsss:controlMode flow=\"true\"/></imsss:sequencing>");
        Organization organization = read(xml).manifest().organization();
        assertFalse(organization.objectivesGlobalToSystem());
        assertFalse(organization.sharedDataGlobalToSystem());
        assertTrue(organization.effectiveSequencing().controlMode().flow());
        Organization plain = read(item2004("")).manifest().organization();
        assertTrue(plain.objectivesGlobalToSystem());
        assertTrue(plain.sharedDataGlobalToSystem());
    }

    @Test
    void aCollectionEntryIsMergedElementByElement() throws Exception {
        String items = """
                <item identifier="a" identifierref="r1"><imsss:sequencing IDRef="shared">
                    <imsss:controlMode choice="true"/>
                    <adlseq:objectives><adlseq:objective objectiveID="cp"><adlseq:mapInfo targetObjectiveID="g"
                        writeCompletionStatus="true"/></adlseq:objective></adlseq:objectives>
                  </imsss:sequencing></item>
                <item identifier="b" identifierref="r1"><imsss:sequencing IDRef="  shared "/></item>
                <item identifier="c" identifierref="r1"><imsss:sequencing IDRef="shared">
                    <imsss:objectives><imsss:primaryObjective objectiveID="local"/></imsss:objectives>
                  </imsss:sequencing></item>""";
        String collection = """
                <imsss:sequencingCollection><imsss:sequencing ID="shared">
                    <imsss:controlMode choice="false" flow="true"/>
                    <imsss:rollupRules rollupObjectiveSatisfied="false"/>
                    <imsss:objectives><imsss:primaryObjective objectiveID="cp"/></imsss:objectives>
                    <imsss:deliveryControls tracked="false"/>
                  </imsss:sequencing></imsss:sequencingCollection>""";
        ManifestReading reading = read(manifest2004(items, SCO, collection));
        assertEquals(List.of(), reading.warnings());
        Manifest manifest = reading.manifest();
        Sequencing shared = manifest.sequencingCollection().get("shared");
        assertEquals(Optional.of("shared"), shared.id());
        assertEquals(4, manifest.sequencingElementCount());

        Sequencing a = manifest.allItems().get(0).sequencing().orElseThrow();
        assertEquals(Optional.of("shared"), a.idRef());
        assertEquals(ControlMode.DEFAULT, a.controlMode(),
                "the local controlMode replaces the shared one whole: flow is not inherited attribute by attribute");
        assertFalse(a.rollupRules().rollupObjectiveSatisfied(), "elements written only in the collection are inherited");
        assertFalse(a.deliveryControls().tracked());
        assertEquals(Optional.of("cp"), a.primaryObjective().orElseThrow().objectiveId());
        assertEquals("cp", a.adlObjectives().get(0).objectiveId(), "adlseq:objectives are not imsss:objectives");

        Sequencing b = manifest.allItems().get(1).sequencing().orElseThrow();
        assertEquals(new ControlMode(false, true, true, false, true, true), b.controlMode());
        assertEquals(shared.rollupRules(), b.rollupRules());
        assertEquals(shared.allObjectives(), b.allObjectives());

        Sequencing c = manifest.allItems().get(2).sequencing().orElseThrow();
        assertEquals(List.of(Optional.of("local")), c.allObjectives().stream().map(Objective::objectiveId).toList());
        assertFalse(c.deliveryControls().tracked());
    }

    @Test
    void aReferenceToAnUnknownCollectionEntryIsRefused() {
        PackageRejectedException e = refused(item2004("<imsss:sequencing IDRef=\"nowhere\"/>"));
        assertEquals(List.of(ProblemCode.UNKNOWN_SEQUENCING_REFERENCE), codes(e.errors()));
        assertEquals("organization[@identifier='org']/item[@identifier='i1']/sequencing/@IDRef", e.errors().get(0).location());
        assertEquals(List.of("nowhere"), e.errors().get(0).arguments());
    }

    @Test
    void invalidSequencingValuesAreAllRefusedWithTheirPlace() {
        String items = """
                <item identifier="i1" identifierref="r1"><imsss:sequencing IDRef="shared">
                    <imsss:controlMode choice="yes"/>
                    <imsss:sequencingRules><imsss:preConditionRule>
                      <imsss:ruleConditions><imsss:ruleCondition measureThreshold="1.5" condition="satisfied"/>
                        <imsss:ruleCondition operator="nope"/></imsss:ruleConditions>
                      <imsss:ruleAction action="exitAll"/></imsss:preConditionRule></imsss:sequencingRules>
                    <imsss:limitConditions attemptLimit="-1" attemptAbsoluteDurationLimit="1 hour"/>
                  </imsss:sequencing></item>""";
        String collection = """
                <imsss:sequencingCollection><imsss:sequencing ID="shared">
                    <imsss:deliveryControls tracked="True"/></imsss:sequencing></imsss:sequencingCollection>""";
        PackageRejectedException e = refused(manifest2004(items, SCO, collection));
        String item = "organization[@identifier='org']/item[@identifier='i1']/sequencing";
        List<String> expected = List.of(
                "sequencingCollection/sequencing[@ID='shared']/deliveryControls/@tracked",
                item + "/controlMode/@choice",
                item + "/sequencingRules/preConditionRule[1]/ruleConditions/ruleCondition[1]/@measureThreshold",
                item + "/sequencingRules/preConditionRule[1]/ruleConditions/ruleCondition[2]/@operator",
                item + "/sequencingRules/preConditionRule[1]/ruleConditions/ruleCondition[2]",
                item + "/sequencingRules/preConditionRule[1]/ruleAction/@action",
                item + "/limitConditions/@attemptLimit",
                item + "/limitConditions/@attemptAbsoluteDurationLimit");
        assertEquals(expected, e.errors().stream().map(PackageProblem::location).toList(), e.getMessage());
        assertEquals(List.of("yes", "true | false"), e.errors().get(1).arguments());
        assertEquals(ProblemCode.REQUIRED_MISSING, e.errors().get(4).code());
        assertEquals(List.of("@condition"), e.errors().get(4).arguments());
        assertEquals(List.of("exitAll", "skip | disabled | hiddenFromChoice | stopForwardTraversal"),
                e.errors().get(5).arguments(), "a postcondition action is not allowed in a precondition rule");
    }

    @Test
    void referencesToUndefinedObjectivesOnlyWarn() throws Exception {
        ManifestReading reading = read(item2004("""
                <imsss:sequencing><imsss:sequencingRules><imsss:preConditionRule><imsss:ruleConditions>
                  <imsss:ruleCondition referencedObjective="ghost" condition="satisfied"/></imsss:ruleConditions>
                  <imsss:ruleAction action="skip"/></imsss:preConditionRule></imsss:sequencingRules>
                  <imsss:objectives><imsss:primaryObjective objectiveID="p"/></imsss:objectives>
                  <adlseq:objectives><adlseq:objective objectiveID="P"><adlseq:mapInfo targetObjectiveID="g"/>
                    </adlseq:objective></adlseq:objectives></imsss:sequencing>"""));
        assertEquals(List.of(ProblemCode.UNKNOWN_OBJECTIVE_REFERENCE, ProblemCode.UNKNOWN_OBJECTIVE_REFERENCE),
                codes(reading.warnings()));
        assertEquals(List.of("ghost"), reading.warnings().get(0).arguments());
        assertEquals(List.of("P"), reading.warnings().get(1).arguments(), "objective IDs are case-sensitive");
    }

    // What refuses a manifest

    @Test
    void brokenReferencesAndStructureAreRefused() {
        assertEquals(List.of(ProblemCode.UNKNOWN_RESOURCE), codes(refused(
                manifest2004("<item identifier=\"i1\" identifierref=\"nothing\"/>", SCO, "")).errors()));
        assertEquals(List.of(ProblemCode.DUPLICATE_IDENTIFIER), codes(refused(manifest2004(
                "<item identifier=\"a\" identifierref=\"r1\"/><item identifier=\"a\" identifierref=\"r1\"/>", SCO, "")).errors()));
        assertEquals(List.of(ProblemCode.LAUNCH_HREF_MISSING), codes(refused(manifest2004(
                "<item identifier=\"i1\" identifierref=\"r1\"/>",
                "<resources><resource identifier=\"r1\" type=\"webcontent\" adlcp:scormType=\"sco\"/></resources>", ""))
                .errors()));
        PackageRejectedException outside = refused(manifest2004("<item identifier=\"i1\" identifierref=\"r1\"/>",
                "<resources><resource identifier=\"r1\" type=\"webcontent\" adlcp:scormType=\"sco\" href=\"../../x.html\"/>"
                        + "</resources>", ""));
        assertEquals(List.of(ProblemCode.HREF_OUTSIDE_PACKAGE, ProblemCode.LAUNCH_HREF_MISSING), codes(outside.errors()));
        assertEquals("resource[@identifier='r1']/@href", outside.errors().get(0).location());
        assertEquals(List.of(ProblemCode.LEAF_ITEM_WITHOUT_RESOURCE), codes(refused(
                manifest2004("<item identifier=\"i1\"><title>空</title></item>", SCO, "")).errors()),
                "SCORM 2004's activity tree cannot hold a leaf without content");
        assertEquals(List.of(ProblemCode.NO_ORGANIZATION), codes(refused("<manifest identifier=\"m\" " + NS_2004
                + "><organizations/>" + SCO + "</manifest>").errors()));
        assertEquals(List.of(ProblemCode.ORGANIZATION_EMPTY), codes(refused(manifest2004("", SCO, "")).errors()));
        assertEquals(List.of(ProblemCode.REQUIRED_MISSING), codes(refused(manifest2004(
                "<item identifierref=\"r1\"/>", SCO, "")).errors()));
    }

    @Test
    void aManifestThatIsNotOneIsRefused() {
        assertEquals(ProblemCode.MANIFEST_WRONG_ROOT, refused("<html/>").errors().get(0).code());
        assertEquals(ProblemCode.MANIFEST_MALFORMED, refused("<manifest>").errors().get(0).code());
        assertEquals(ProblemCode.MANIFEST_DOCTYPE, refused("<!DOCTYPE manifest><manifest/>").errors().get(0).code());
        assertEquals(ProblemCode.MANIFEST_DOCTYPE, refused("""
                <?xml version="1.0"?><!DOCTYPE m [<!ENTITY % remote SYSTEM "http://evil.example/x.dtd"> %remote;]>
                <manifest/>""").errors().get(0).code());
        assertEquals(ProblemCode.MANIFEST_TOO_LARGE, assertThrows(PackageRejectedException.class,
                () -> ManifestReader.read(new ByteArrayInputStream(new byte[2000]), 1000)).errors().get(0).code());
    }
}
