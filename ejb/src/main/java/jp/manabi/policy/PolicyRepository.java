package jp.manabi.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Queries over the policy's reference data and the ability targets. */
@ApplicationScoped
public class PolicyRepository {

    @PersistenceContext(unitName = "manabi")
    private EntityManager em;

    protected PolicyRepository() {
    }

    public PolicyRepository(EntityManager em) {
        this.em = em;
    }

    public List<Grade> grades() {
        return em.createNamedQuery("Grade.all", Grade.class).getResultList();
    }

    public Optional<Grade> grade(String code) {
        return Optional.ofNullable(code == null ? null : em.find(Grade.class, code));
    }

    public List<Ability> abilities() {
        return em.createNamedQuery("Ability.all", Ability.class).getResultList();
    }

    public Optional<Ability> ability(String code) {
        return Optional.ofNullable(code == null ? null : em.find(Ability.class, code));
    }

    public List<RoleExpectation> roleExpectations(String gradeCode) {
        return em.createNamedQuery("RoleExpectation.ofGrade", RoleExpectation.class)
                .setParameter("grade", gradeCode).getResultList();
    }

    public List<AbilityTarget> targets(int fiscalYear) {
        return em.createNamedQuery("AbilityTarget.ofYear", AbilityTarget.class)
                .setParameter("year", fiscalYear).getResultList();
    }

    public List<AbilityTarget> targets(int fiscalYear, String gradeCode) {
        return em.createNamedQuery("AbilityTarget.ofYearAndGrade", AbilityTarget.class)
                .setParameter("year", fiscalYear).setParameter("grade", gradeCode).getResultList();
    }

    public void add(AbilityTarget target) {
        em.persist(target);
    }
}
