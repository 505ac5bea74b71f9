package jp.manabi.web.progress;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jp.manabi.progress.AbilityProgress;
import jp.manabi.progress.EmployeeProgress;
import jp.manabi.web.i18n.Texts;

/**
 * The Chart.js configuration PrimeFaces' chart draws: per ability, the points earned beside the
 * target. The same figures are in the table next to it, for screen readers and for printing.
 */
final class ProgressChart {

    private ProgressChart() {
    }

    static String bars(EmployeeProgress p, Texts texts) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder earned = Json.createArrayBuilder();
        JsonArrayBuilder target = Json.createArrayBuilder();
        for (AbilityProgress a : p.abilities()) {
            labels.add(texts.pick(a.nameJa(), a.nameEn()));
            earned.add(a.earned());
            target.add(a.target());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", texts.get("progress.earned"))
                                        .add("data", earned).add("backgroundColor", "#1f4e79"))
                                .add(Json.createObjectBuilder().add("label", texts.get("progress.target"))
                                        .add("data", target).add("backgroundColor", "#9fb3c8"))))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }
}
