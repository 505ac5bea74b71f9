package jp.manabi.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;

/**
 * How many points of one ability the holders of a grade should earn in one fiscal year. HR sets
 * these every year; completions of training earn the points.
 */
@Entity
@Table(name = "ability_target")
@NamedQuery(name = "AbilityTarget.ofYear",
        query = "select t from AbilityTarget t where t.fiscalYear = :year order by t.grade.rankOrder, t.ability.sortOrder")
@NamedQuery(name = "AbilityTarget.ofYearAndGrade",
        query = "select t from AbilityTarget t where t.fiscalYear = :year and t.grade.code = :grade order by t.ability.sortOrder")
public class AbilityTarget implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "ability_target_seq", sequenceName = "ability_target_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ability_target_seq")
    private Long id;
    @Column(name = "fiscal_year")
    private int fiscalYear;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "grade_code")
    private Grade grade;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "ability_code")
    private Ability ability;
    private int points;
    @Version
    private long version;

    protected AbilityTarget() {
    }

    public AbilityTarget(int fiscalYear, Grade grade, Ability ability, int points) {
        this.fiscalYear = fiscalYear;
        this.grade = grade;
        this.ability = ability;
        setPoints(points);
    }

    public Long getId() {
        return id;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public Grade getGrade() {
        return grade;
    }

    public Ability getAbility() {
        return ability;
    }

    public int getPoints() {
        return points;
    }

    public void setPoints(int points) {
        if (points < 0) {
            throw new IllegalArgumentException("target points must not be negative");
        }
        this.points = points;
    }
}
