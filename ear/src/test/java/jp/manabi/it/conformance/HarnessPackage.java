package jp.manabi.it.conformance;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A content package for one ADL test manifest: the manifest itself as {@code imsmanifest.xml}, every file it names
 * ({@code <file href>} and the resources' {@code href}, with {@code xml:base} applied), where each HTML file is the
 * generic harness page ({@code conformance/harness-sco.html} with {@code harness-sco.js}), other files are empty or a
 * comment, and {@code harness/} holds the script the pages replay ({@code script.js}, built from the {@link AdlScript})
 * next to the original {@code <tc>.properties} and {@code Commands.properties}.
 *
 * <p>The items keep the manifest's {@code parameters="?tc=API&act=1"}: that is how a page knows its test case and
 * activity. A page whose file belongs to an asset resource is marked as an asset (it looks for no API).
 */
public final class HarnessPackage {

    /** An item of the default organization (and of the others), with its title and launch parameters. */
    public record Item(String identifier, String title, String parameters, String act, boolean launchable) {
    }

    private static final Pattern ACT = Pattern.compile("act=([^&#]+)");

    private final String name;
    private final byte[] manifest;
    private final List<Item> items;
    private final String organizationTitle;
    /** Zip path → "sco", "asset" (the resource type of an HTML file) or "" (another file). */
    private final Map<String, String> files;

    private HarnessPackage(String name, byte[] manifest, List<Item> items, String organizationTitle,
            Map<String, String> files) {
        this.name = name;
        this.manifest = manifest;
        this.items = List.copyOf(items);
        this.organizationTitle = organizationTitle;
        this.files = files;
    }

    /** Reads {@code LMSTestPackage_<name>.imsmanifest.xml}. */
    public static HarnessPackage read(Path manifestFile) {
        try {
            String name = manifestFile.getFileName().toString().replaceFirst("^LMSTestPackage_", "")
                    .replaceFirst("\\.imsmanifest\\.xml$", "");
            return parse(name, Files.readAllBytes(manifestFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HarnessPackage parse(String name, byte[] manifest) {
        Document document = document(manifest);
        Element root = document.getDocumentElement();
        String manifestBase = base(root);
        List<Item> items = new ArrayList<>();
        String organizationTitle = "";
        for (Element organizations : children(root, "organizations")) {
            for (Element organization : children(organizations, "organization")) {
                if (organizationTitle.isEmpty()) {
                    organizationTitle = children(organization, "title").stream().findFirst()
                            .map(t -> t.getTextContent().trim()).orElse("");
                }
                collectItems(organization, items);
            }
        }
        Map<String, String> files = new LinkedHashMap<>();
        for (Element resources : children(root, "resources")) {
            String resourcesBase = manifestBase + base(resources);
            for (Element resource : children(resources, "resource")) {
                String resourceBase = resourcesBase + base(resource);
                String type = resource.getAttributeNS("http://www.adlnet.org/xsd/adlcp_v1p3", "scormType");
                String kind = "sco".equalsIgnoreCase(type) ? "sco" : "asset";
                String href = resource.getAttribute("href");
                if (!href.isBlank()) {
                    add(files, resourceBase + href, kind);
                }
                for (Element file : children(resource, "file")) {
                    add(files, resourceBase + file.getAttribute("href"), kind);
                }
            }
        }
        return new HarnessPackage(name, manifest, items, organizationTitle, files);
    }

    private static void collectItems(Element parent, List<Item> items) {
        for (Element item : children(parent, "item")) {
            String title = children(item, "title").stream().findFirst().map(t -> t.getTextContent().trim()).orElse("");
            String parameters = item.getAttribute("parameters");
            Matcher act = ACT.matcher(parameters);
            items.add(new Item(item.getAttribute("identifier"), title, parameters, act.find() ? act.group(1) : "",
                    !item.getAttribute("identifierref").isBlank()));
            collectItems(item, items);
        }
    }

    private static void add(Map<String, String> files, String href, String kind) {
        String path = href.replaceFirst("[?#].*$", "");
        path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        path = Path.of("/" + path).normalize().toString().substring(1).replace('\\', '/');
        if (path.isEmpty() || path.endsWith("/")) {
            return;
        }
        boolean html = path.toLowerCase().matches(".*\\.html?$");
        String was = files.get(path);
        if (was == null || "asset".equals(was) && "sco".equals(kind)) {
            files.put(path, html ? kind : "");
        }
    }

    private static String base(Element element) {
        String base = element.getAttributeNS(XMLConstants.XML_NS_URI, "base");
        if (base.isBlank()) {
            return "";
        }
        return base.endsWith("/") ? base : base + "/";
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static Document document(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalArgumentException("Unreadable manifest", e);
        }
    }

    public String name() {
        return name;
    }

    public List<Item> items() {
        return items;
    }

    /** The title of the first organization (the root of the activity tree). */
    public String organizationTitle() {
        return organizationTitle;
    }

    /** Every file of the package but the manifest and harness/, with "sco", "asset" or "" (not HTML). */
    public Map<String, String> files() {
        return files;
    }

    public Optional<Item> itemTitled(String title) {
        return items.stream().filter(i -> i.title().equals(title.trim())).findFirst();
    }

    public Optional<Item> itemForAct(String act) {
        return items.stream().filter(i -> i.act().equals(act)).findFirst();
    }

    /** The package as zip bytes, the pages replaying {@code script} (whose raw files are copied alongside). */
    public byte[] zip(AdlScript script, Path scriptFile, Path commandsFile) {
        String page = resource("conformance/harness-sco.html");
        String js = resource("conformance/harness-sco.js");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, "imsmanifest.xml", manifest);
            for (Map.Entry<String, String> file : files.entrySet()) {
                String path = file.getKey();
                if (path.equals("imsmanifest.xml") || path.startsWith("harness/")) {
                    continue;
                }
                byte[] content;
                if (!file.getValue().isEmpty()) {
                    String root = "../".repeat((int) path.chars().filter(c -> c == '/').count());
                    content = page.replace("{{ROOT}}", root).replace("{{KIND}}", file.getValue())
                            .replace("{{FILE}}", path.substring(path.lastIndexOf('/') + 1))
                            .getBytes(StandardCharsets.UTF_8);
                } else if (path.endsWith(".js")) {
                    content = "/* ADL conformance harness: not needed */\n".getBytes(StandardCharsets.UTF_8);
                } else if (path.endsWith(".css")) {
                    content = "/* ADL conformance harness */\n".getBytes(StandardCharsets.UTF_8);
                } else {
                    content = new byte[0];
                }
                put(zip, path, content);
            }
            put(zip, "harness/harness-sco.js", js.getBytes(StandardCharsets.UTF_8));
            put(zip, "harness/script.js", ("window.ADL_SCRIPT = " + scriptJson(script) + ";\n")
                    .getBytes(StandardCharsets.UTF_8));
            if (scriptFile != null) {
                put(zip, "harness/" + scriptFile.getFileName(), Files.readAllBytes(scriptFile));
            }
            if (commandsFile != null) {
                put(zip, "harness/Commands.properties", Files.readAllBytes(commandsFile));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String path, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(content);
        zip.closeEntry();
    }

    /** What the page needs of the script: per step the activity and the expanded commands. */
    static String scriptJson(AdlScript script) {
        JsonArrayBuilder steps = Json.createArrayBuilder();
        for (AdlScript.Step step : script.steps()) {
            JsonArrayBuilder commands = Json.createArrayBuilder();
            for (AdlScript.Command c : step.commands()) {
                JsonObjectBuilder command = Json.createObjectBuilder()
                        .add("s", c.source().length() > 160 ? c.source().substring(0, 160) + "…" : c.source())
                        .add("m", c.method()).add("e", c.element()).add("v", c.value()).add("p", c.param())
                        .add("x", c.expected()).add("xe", c.expectedError()).add("c", c.check().name())
                        .add("t", c.interactionType());
                if (!c.objectives().isEmpty()) {
                    command.add("o", Json.createArrayBuilder(c.objectives()));
                }
                commands.add(command);
            }
            steps.add(Json.createObjectBuilder().add("key", step.key()).add("act", step.act()).add("cui", step.cui())
                    .add("uiq", step.uiQuestions()).add("commands", commands));
        }
        return Json.createObjectBuilder().add("tc", script.name()).add("steps", steps).build().toString();
    }

    private static String resource(String name) {
        try (InputStream in = HarnessPackage.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
