package jp.manabi.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of the audit log; never changed once written. */
@Entity
@Table(name = "audit_log")
public class AuditEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "audit_log_seq", sequenceName = "audit_log_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_log_seq")
    private Long id;
    private LocalDateTime at;
    @Column(name = "actor_id")
    private Long actorId;
    @Column(name = "actor_login")
    private String actorLogin;
    private String action;
    @Column(name = "target_type")
    private String targetType;
    @Column(name = "target_id")
    private Long targetId;
    private String details;

    protected AuditEntry() {
    }

    public AuditEntry(LocalDateTime at, Long actorId, String actorLogin, String action, String targetType, Long targetId,
            String details) {
        this.at = at;
        this.actorId = actorId;
        this.actorLogin = actorLogin;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.details = details == null ? "" : details.length() > 4000 ? details.substring(0, 4000) : details;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public String getActorLogin() {
        return actorLogin;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public Long getTargetId() {
        return targetId;
    }

    public String getDetails() {
        return details;
    }
}
