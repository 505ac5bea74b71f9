package jp.manabi.course;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import jp.manabi.content.runtime.ScormVersion;
import jp.manabi.content.scorm.ImportedPackage;
import jp.manabi.content.scorm.ScormPackageImporter;
import jp.manabi.content.scorm.manifest.Item;
import jp.manabi.content.starter.StarterModules;
import jp.manabi.platform.Settings;

/**
 * Installs the two starter modules (情報セキュリティ基礎, 政策法務入門) as published self-study
 * courses on the first start of a database that lacks them. Each is installed in a transaction of
 * its own, recognised by its code: when two nodes start together, the second finds the code taken,
 * rolls back and removes the files it unpacked.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
// Bean-managed: each module is its own transaction, and the unpacking happens before it commits.
@TransactionManagement(TransactionManagementType.BEAN)
public class StarterCourseInstaller {

    private static final Logger LOG = Logger.getLogger(StarterCourseInstaller.class.getName());

    @PersistenceContext(unitName = "manabi")
    private EntityManager em;
    @jakarta.annotation.Resource
    private UserTransaction tx;

    @PostConstruct
    void installMissing() {
        for (StarterModules module : StarterModules.values()) {
            try {
                install(module);
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Starter module " + module.code() + " not installed: " + e, e);
            }
        }
    }

    private void install(StarterModules module) throws Exception {
        CourseRepository courses = new CourseRepository(em);
        tx.begin();
        boolean done = false;
        Path target = null;
        try {
            if (courses.byCode(module.code()).isPresent()) {
                return;
            }
            String folder = "p-" + UUID.randomUUID();
            target = Settings.contentDir().resolve(folder);
            ImportedPackage imported;
            try (InputStream zip = module.openZip()) {
                imported = new ScormPackageImporter().importPackage(zip, target);
            }
            String category = "POLICY_LEGAL".equals(module.abilityCode()) ? "POLICY_LEGAL" : "INFORMATION_SECURITY";
            LocalDateTime now = LocalDateTime.now();
            Course course = new Course(module.titleJa(), courses.category(category).orElseThrow(), null, now);
            course.setCode(module.code());
            course.setTitleEn(module.titleEn());
            course.setEstimatedMinutes(module.estimatedMinutes());
            course.setSelfStudy(true);
            course.setStatus(CourseStatus.PUBLISHED);
            course.getAbilityPoints().put(module.abilityCode(), module.suggestedPoints());
            courses.add(course);
            CoursePackage pkg = new CoursePackage(course, 1, folder, ScormVersion.SCORM_2004,
                    imported.manifest().edition().name(), imported.manifest().identifier(), imported.files().size(),
                    size(target), null, now);
            int[] position = {0};
            for (Item item : imported.manifest().organization().items()) {
                CourseService.addActivity(pkg, imported.manifest(), item, null, 0, position);
            }
            courses.add(pkg);
            em.flush();
            tx.commit();
            done = true;
            LOG.info("Starter module installed: " + module.titleJa());
        } finally {
            if (!done) {
                if (tx.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
                    tx.rollback();
                }
                if (target != null) {
                    delete(target);
                }
            }
        }
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
