package jp.manabi.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.manabi.staff.importing.CsvEncoding;
import jp.manabi.staff.importing.ImportProblem;
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

    public void upload(FileUploadEvent event) {
        fileName = event.getFile().getFileName();
        report = importer.importStaff(event.getFile().getContent(), encoding);
        if (report.imported()) {
            texts.info("import.done", report.lines(), report.created(), report.updated(), report.unchanged());
        } else {
            texts.error("import.refused", report.problems().size());
        }
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
