package jp.manabi.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One launch of a SCO in a browser. Its token is the only name commits use, so a commit can only
 * reach the attempt the launch was for; its sequence number orders the commits, so a late or
 * repeated one never overwrites newer data; and it keeps the attempt's total time from before the
 * launch, so that the session's time is added once however many commits report it.
 */
@Entity
@Table(name = "runtime_session")
public class RuntimeSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private String token;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attempt_id")
    private ActivityAttempt attempt;
    @Column(name = "employee_id")
    private long employeeId;
    @Column(name = "started_at")
    private LocalDateTime startedAt;
    @Column(name = "last_sequence")
    private long lastSequence;
    @Column(name = "base_time_cs")
    private long baseTimeCentis;
    @Column(name = "session_time_cs")
    private long sessionTimeCentis;
    private boolean terminated;
    private boolean superseded;
    @Column(name = "last_commit_at")
    private LocalDateTime lastCommitAt;

    protected RuntimeSession() {
    }

    public RuntimeSession(String token, ActivityAttempt attempt, long employeeId, LocalDateTime startedAt) {
        this.token = token;
        this.attempt = attempt;
        this.employeeId = employeeId;
        this.startedAt = startedAt;
        this.baseTimeCentis = attempt.getTotalTimeCentis();
    }

    public String getToken() {
        return token;
    }

    public ActivityAttempt getAttempt() {
        return attempt;
    }

    public long getEmployeeId() {
        return employeeId;
    }

    public long getLastSequence() {
        return lastSequence;
    }

    public long getBaseTimeCentis() {
        return baseTimeCentis;
    }

    public long getSessionTimeCentis() {
        return sessionTimeCentis;
    }

    public boolean isTerminated() {
        return terminated;
    }

    public boolean isSuperseded() {
        return superseded;
    }

    void supersede() {
        this.superseded = true;
    }

    /** Records an accepted commit: its number, the session time it reported, and whether it was the last. */
    void accept(long sequence, long sessionTimeCentis, boolean terminates, LocalDateTime at) {
        this.lastSequence = sequence;
        this.sessionTimeCentis = sessionTimeCentis;
        this.terminated = this.terminated || terminates;
        this.lastCommitAt = at;
    }
}
