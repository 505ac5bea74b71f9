package jp.manabi.it.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import jp.manabi.it.conformance.AdlScript.Check;
import jp.manabi.it.conformance.AdlScript.Command;
import org.junit.jupiter.api.Test;

/**
 * Plain unit tests of the harness's script parser and package builder (no server, no browser). They are named *IT
 * because the ear module runs only failsafe: surefire has no test phase in an ear build.
 */
class AdlScriptIT {

    private static final Path CTS = AdlConformanceIT.corpus();
    private static final AdlScript.Abbreviations ABBREVIATIONS =
            AdlScript.Abbreviations.read(CTS.resolve("Commands.properties"));

    private static AdlScript script(String name) {
        return AdlScript.read(CTS.resolve("testcases").resolve(name + ".properties"), ABBREVIATIONS);
    }

    private static Command command(String line) {
        return AdlScript.command(line, ABBREVIATIONS);
    }

    @Test
    void continuationLinesJoinAsTheyStandAndUnicodeEscapesAreCharacters() {
        assertEquals(List.of("a=b  c", "d=e"), AdlScript.logicalLines("a=b\\\n  c\nd=e"));
        assertEquals("\"#A\\n", AdlScript.unicode("\\u0022\\u0023\\u0041\\n"));
    }

    @Test
    void theApiScriptIsThreeLaunchesWithTheirCallsAndInstructions() {
        AdlScript api = script("API");
        assertEquals("Asset Launch Test", api.start());
        assertEquals(List.of("1", "2", "3"), api.steps().stream().map(AdlScript.Step::act).toList());
        assertEquals(List.of("APIt1", "APIt2", "Exit"), api.steps().stream().map(AdlScript.Step::cui).toList());
        assertTrue(api.steps().get(0).commands().isEmpty(), "the asset makes no calls");
        List<Command> calls = api.steps().get(2).commands();
        assertEquals(29, calls.size());
        Command store = calls.get(6);
        assertEquals("SetValue", store.method());
        assertEquals("cmi.location", store.element());
        assertEquals("test", store.value());
        assertEquals("false", store.expected());
        assertEquals("132", store.expectedError());
        Command initialize = calls.get(8);
        assertEquals("Initialize", initialize.method());
        assertEquals("illegal", initialize.param());
        assertEquals("201", initialize.expectedError());
        assertEquals(Check.EMPTY, calls.get(12).check(), "GES with emptyCS");
        assertEquals(Check.LESS255, calls.get(13).check(), "GeDi is always checked for length");
        assertEquals(Check.LESS255, calls.get(27).check(), "even where the script says emptyCS");
        Command noElement = calls.get(16);
        assertEquals("", noElement.element());
        assertEquals("test", noElement.value());
        assertEquals("351", noElement.expectedError());
        assertEquals(Check.TYPED, calls.get(19).check(), "a GetValue with an expected value");
        assertEquals(Check.EXACT, calls.get(7).check(), "a GetValue expecting an empty string");
    }

    @Test
    void valuesAndElementsExpandThroughTheAbbreviations() {
        Command exit = command("SET->c~X!X.s->t->0");
        assertEquals("cmi.exit", exit.element());
        assertEquals("suspend", exit.value());
        assertEquals("true", exit.expected());
        assertEquals("", command("SET->c~X!->t->0").value());
        Command jump = command("SET->a~n~r!tar~activity_6~N.j->t->0");
        assertEquals("adl.nav.request", jump.element());
        assertEquals("{target=activity_6}jump", jump.value());
        Command choice = command("SET->a~n~r!tar~activity_1~TY.c->t->0");
        assertEquals("{target=activity_1}choice", choice.value());
        Command valid = command("GET->a~n~rv~TY.c~tar~activity_2->t->0");
        assertEquals("adl.nav.request_valid.choice.{target=activity_2}", valid.element());
        assertEquals(Check.REQUEST_VALID_VALUE, valid.check());
        assertEquals(Check.REQUEST_VALID, command("GET->a~n~rv~N.c->t->0").check());
        Command objective = command("SET->c~OB~&obj1&~SS!pass->t->0");
        assertEquals("cmi.objectives.&obj1&.success_status", objective.element());
        assertEquals("passed", objective.value());
        assertEquals(Check.PLACEHOLDER_ID, command("GET->c~OB~&obj1&~ID->->0").check());
        Command pattern = command("GET->c~INTR~2~CR~0~P!TY.c->a[,]b->0");
        assertEquals("cmi.interactions.2.correct_responses.0.pattern", pattern.element());
        assertEquals("choice", pattern.interactionType());
        assertEquals(Check.ERROR_ONLY, command("GET->c~LN->->0").check());
        assertEquals(Check.LEARNER_ID, command("GET->c~LI->->0").check());
        assertEquals(Check.COMMENTS_FROM_LMS, command("GET->c~CFLMS~CNT->0->0").check());
        Command ids = command("COI->obj2,obj3");
        assertEquals(Check.OBJECTIVE_IDS, ids.check());
        assertEquals(List.of("obj2", "obj3"), ids.objectives());
    }

    @Test
    void aRepeatedKeyKeepsBothCallsAndAnUnknownCommandIsSkippedAsAdlDoes() {
        AdlScript t01b = script("T-01b");
        AdlScript.Step act9 = t01b.steps().stream().filter(s -> s.key().equals("Act9V1")).findFirst().orElseThrow();
        assertEquals(List.of("Initialize", "compareObjIds", "SetValue", "SetValue"),
                act9.commands().stream().map(Command::method).toList());
        AdlScript dmi = script("DMI");
        assertTrue(dmi.steps().stream().flatMap(s -> s.commands().stream())
                .noneMatch(c -> c.source().startsWith("c~INTR~6~CR~0~P!TY.m")));
    }

    @Test
    void theSharedDataScriptSpansTwoPackagesWithLabelsNotCounts() {
        AdlScript ddm = script("DDM");
        assertEquals("DDMa", ddm.start());
        List<String> keys = ddm.steps().stream().map(AdlScript.Step::key).toList();
        assertEquals(List.of("Act1aV1", "Act2aV1", "Act1bV1", "Act2bV1", "Act1aV2", "Act2aV3"), keys.subList(0, 6));
        assertEquals("exitlaunch~DDMb", ddm.steps().get(1).cui());
        Command store = ddm.steps().get(0).commands().get(2);
        assertEquals("adl.data.&tarID_1&.store", store.element());
        assertTrue(store.value().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest "), store.value());
    }

    @Test
    void everyScriptParsesAndLaunchesOnlyActivitiesItsManifestsHave() throws IOException {
        int scripts = 0;
        try (Stream<Path> files = Files.list(CTS.resolve("testcases"))) {
            for (Path file : files.sorted().toList()) {
                AdlScript s = AdlScript.read(file, ABBREVIATIONS);
                scripts++;
                assertFalse(s.steps().isEmpty(), s.name());
                assertFalse(s.ending().isEmpty(), s.name() + " says how it ends");
                List<HarnessPackage> packs = manifests(s.name());
                assertFalse(packs.isEmpty(), "a manifest for " + s.name());
                for (AdlScript.Step step : s.steps()) {
                    assertTrue(packs.stream().anyMatch(p -> p.itemForAct(step.act()).isPresent()),
                            s.name() + " " + step.key() + " has an item");
                }
            }
        }
        assertEquals(188, scripts);
    }

    private static List<HarnessPackage> manifests(String name) throws IOException {
        Path own = CTS.resolve("manifests").resolve("LMSTestPackage_" + name + ".imsmanifest.xml");
        if (Files.exists(own)) {
            return List.of(HarnessPackage.read(own));
        }
        try (Stream<Path> files = Files.list(CTS.resolve("manifests"))) {
            return files.filter(f -> f.getFileName().toString().matches("LMSTestPackage_" + name + "[a-z]\\..*"))
                    .map(HarnessPackage::read).toList();
        }
    }

    @Test
    void thePackageHoldsTheManifestEveryFileItNamesAndTheScript() throws IOException {
        HarnessPackage pack = HarnessPackage.read(CTS.resolve("manifests/LMSTestPackage_API.imsmanifest.xml"));
        assertEquals("?tc=API&act=2", pack.itemTitled("API Implementation Test 1").orElseThrow().parameters());
        assertEquals("asset", pack.files().get("resources/AssetLaunchTest.htm"));
        assertEquals("sco", pack.files().get("resources/APIRTETest1.htm"));
        Path scriptFile = CTS.resolve("testcases/API.properties");
        byte[] zip = pack.zip(script("API"), scriptFile, CTS.resolve("Commands.properties"));
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertTrue(entries.get("imsmanifest.xml").contains("LMSTestPackage_API"));
        for (String file : List.of("common/LMSTest.jar", "common/About.js", "common/lmsrtefunctions.js",
                "includes/LMSTestContentPackages_style.css", "harness/harness-sco.js", "harness/API.properties",
                "harness/Commands.properties")) {
            assertTrue(entries.containsKey(file), file);
        }
        String page = entries.get("resources/APIRTETest1.htm");
        assertTrue(page.contains("src=\"../harness/script.js\"") && page.contains("data-harness-kind=\"sco\""), page);
        assertTrue(entries.get("resources/AssetLaunchTest.htm").contains("data-harness-kind=\"asset\""));
        assertTrue(entries.get("harness/script.js").startsWith("window.ADL_SCRIPT = {\"tc\":\"API\""));
    }
}
