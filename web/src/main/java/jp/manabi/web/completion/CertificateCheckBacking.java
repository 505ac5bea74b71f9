package jp.manabi.web.completion;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import jp.manabi.completion.CertificateService;
import jp.manabi.platform.ValidationFailedException;
import jp.manabi.web.i18n.Texts;

/** HR's check of a certificate: the employee number and the code printed on it give the record, or nothing. */
@Named
@RequestScoped
public class CertificateCheckBacking {

    @Inject
    private CertificateService certificates;
    @Inject
    private Texts texts;

    private String employeeNumber;
    private String code;
    private CertificateService.Verified verified;
    private boolean checked;

    public void check() {
        checked = false;
        verified = null;
        try {
            Optional<CertificateService.Verified> found = certificates.verify(employeeNumber, code);
            checked = true;
            verified = found.orElse(null);
            if (found.isPresent()) {
                texts.info("certificate.valid");
            } else {
                texts.error("certificate.invalid");
            }
        } catch (ValidationFailedException e) {
            texts.error(e);
        }
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public void setEmployeeNumber(String employeeNumber) {
        this.employeeNumber = employeeNumber;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public CertificateService.Verified getVerified() {
        return verified;
    }

    public boolean isChecked() {
        return checked;
    }
}
