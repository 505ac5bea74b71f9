package jp.manabi.it;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deploys the EAR the build just made, unchanged, to the managed Payara Server; tests talk to it
 * over HTTP like a browser or an integration would. The demo city is loaded on first deployment,
 * with the demo password the build sets for the tests.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class ManabiIT {

    static final String PASSWORD = System.getProperty("manabi.it.password");

    /** Demo logins (see DemoCity): 1061 係員, 1037 their 係長, 1031 trainer, 1041 HR, 1042 ADMIN. */
    static final String EMPLOYEE = "1061";
    static final String SUPERVISOR = "1037";
    static final String TRAINER = "1031";
    static final String HR = "1041";
    static final String ADMIN = "1042";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        TestDatabase.ensureFresh();
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("manabi.ear")));
    }

    String url(String path) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        return root + (path.startsWith("/") ? path.substring(1) : path);
    }
}
