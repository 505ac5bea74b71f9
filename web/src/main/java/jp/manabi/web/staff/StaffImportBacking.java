package jp.manabi.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.manabi.staff.importing.CsvEncoding;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import jp.manabi.staff.importing.ImportProblem;
import jp.manabi.staff.importing.ImportProgress;
import jp.manabi.staff.importing.ImportReport;
import jp.manabi.staff.importing.StaffColumn;
import jp.manabi.staff.importing.StaffImportService;
import jp.manabi.web.i18n.Texts;
import org.primefaces.event.FileUploadEvent;

/** The staff CSV import: upload (with a progress bar), then either the counts or every problem found. */
@Named
@ViewScoped
public class StaffImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffImportService importer;
    @Inject
    private Texts texts;

    private CsvEncoding encoding = CsvEncoding.AUTO;
    private String fileName;
    private ImportReport report;
    private ImportProgress progress;
    /** The import running in the background; the page polls it. Polls reach the node that holds it (sticky sessions). */
    private transient Future<ImportReport> running;

    /** Starts the import in the background and lets the page show its progress. */
    public void upload(FileUploadEvent event) {
        fileName = event.getFile().getFileName();
        report = null;
        progress = new ImportProgress();
        running = importer.importStaffInBackground(event.getFile().getContent(), encoding, progress);
        poll();
    }

    /** Called by the page every second while an import runs; shows the outcome once it is done. */
    public void poll() {
        if (running == null || !running.isDone()) {
            return;
        }
        try {
            report = running.get();
            if (report.imported()) {
                texts.info("import.done", report.lines(), report.created(), report.updated(), report.unchanged());
            } else {
                texts.error("import.refused", report.problems().size());
            }
        } catch (ExecutionException e) {
            texts.error("import.failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            texts.error("import.failed");
        } finally {
            running = null;
        }
    }

    public boolean isRunning() {
        return running != null;
    }

    public ImportProgress getProgress() {
        return progress;
    }

    /** A problem in the user's language: 「3行目「所属コード」: …」. */
    public String describe(ImportProblem problem) {
        return texts.get(problem.messageKey(), problem.arguments().toArray());
    }

    public List<CsvEncoding> getEncodings() {
        return List.of(CsvEncoding.values());
    }

    public String getTemplateHeader() {
        return StaffColumn.templateHeader();
    }

    public CsvEncoding getEncoding() {
        return encoding;
    }

    public void setEncoding(CsvEncoding encoding) {
        this.encoding = encoding;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportReport getReport() {
        return report;
    }
}
