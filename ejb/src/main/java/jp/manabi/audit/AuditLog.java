package jp.manabi.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;

/** Writes and reads the audit log, in the caller's transaction: an action and its log line commit together. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "manabi")
    private EntityManager em;

    protected AuditLog() {
    }

    public AuditLog(EntityManager em) {
        this.em = em;
    }

    public void record(Long actorId, String actorLogin, String action, String targetType, Long targetId, String details) {
        em.persist(new AuditEntry(LocalDateTime.now(), actorId, actorLogin, action, targetType, targetId, details));
    }

    public List<AuditEntry> of(String targetType, long targetId) {
        return em.createQuery("select e from AuditEntry e where e.targetType = :type and e.targetId = :id"
                + " order by e.at desc, e.id desc", AuditEntry.class).setParameter("type", targetType)
                .setParameter("id", targetId).getResultList();
    }
}
