package jp.manabi.course;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import jp.manabi.account.Role;
import jp.manabi.content.scorm.ImportedPackage;
import jp.manabi.content.scorm.PackageRejectedException;
import jp.manabi.content.scorm.ScormPackageImporter;
import jp.manabi.platform.Settings;

/**
 * Takes in a trainer's upload. The files are unpacked outside any transaction (a large package
 * must not hold one open), into a folder of their own; then the course, package and table of
 * contents are written in one transaction. If that fails, the folder goes too: a refused or failed
 * upload leaves nothing behind.
 */
@Stateless
@RolesAllowed({Role.TRAINER_NAME, Role.HR_NAME, Role.ADMIN_NAME})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CourseUploadService {

    private final ScormPackageImporter importer = new ScormPackageImporter();

    @EJB
    private CourseService courses;

    /**
     * Uploads a package as a new draft course ({@code courseId} null) owned by the caller, or as
     * the next revision of one of theirs. {@code title} may be empty: the manifest's organization
     * title is used.
     */
    public UploadResult upload(InputStream zip, String title, Long courseId) throws PackageRefusedException {
        return upload(zip, title, courseId, false);
    }

    /** As {@link #upload(InputStream, String, Long)}; a new course is published at once when {@code publish}. */
    public UploadResult upload(InputStream zip, String title, Long courseId, boolean publish) throws PackageRefusedException {
        if (courseId != null) {
            courses.checkMayRevise(courseId);
        }
        String folder = "p-" + UUID.randomUUID();
        Path target = Settings.contentDir().resolve(folder);
        ImportedPackage imported;
        try {
            imported = importer.importPackage(zip, target);
        } catch (PackageRejectedException e) {
            throw new PackageRefusedException(e.problems());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return courses.register(imported, folder, size(target), title, courseId, publish);
        } catch (RuntimeException e) {
            delete(target, e);
            throw e;
        }
    }

    private static long size(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder, RuntimeException cause) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
