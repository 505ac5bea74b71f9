package jp.manabi.web.course;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import jp.manabi.content.scorm.PackageProblem;
import jp.manabi.course.CourseUploadService;
import jp.manabi.course.PackageRefusedException;
import jp.manabi.course.UploadResult;
import jp.manabi.platform.ValidationFailedException;
import jp.manabi.web.i18n.Texts;
import org.primefaces.event.FileUploadEvent;

/** Uploading a SCORM package: the new course and its warnings, or every reason it was refused. */
@Named
@ViewScoped
public class CourseUploadBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourseUploadService uploads;
    @Inject
    private Texts texts;

    private String title;
    private String fileName;
    private UploadResult result;
    private List<PackageProblem> problems = List.of();

    public void upload(FileUploadEvent event) {
        fileName = event.getFile().getFileName();
        result = null;
        problems = List.of();
        try (InputStream in = event.getFile().getInputStream()) {
            result = uploads.upload(in, title, null);
            texts.info("upload.done", result.title(), result.activities());
            title = null;
        } catch (PackageRefusedException e) {
            problems = e.problems();
            texts.error("upload.refused", fileName, problems.size());
        } catch (ValidationFailedException e) {
            texts.error(e);
        } catch (IOException e) {
            texts.error("upload.failed");
        }
    }

    public String describe(PackageProblem problem) {
        return problem.message(texts.locale());
    }

    public List<String> getWarnings() {
        if (result == null) {
            return List.of();
        }
        return "en".equals(texts.locale().getLanguage()) ? result.warningsEn() : result.warningsJa();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getFileName() {
        return fileName;
    }

    public UploadResult getResult() {
        return result;
    }

    public List<PackageProblem> getProblems() {
        return problems;
    }
}
