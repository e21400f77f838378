package org.hearth.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** What one receiver of a signal does when it comes: step by step, and whom they call. */
@Entity
@Table(name = "signal_response")
@Audited
public class SignalResponse extends Entry {

    @ManyToOne(optional = false)
    @JoinColumn(name = "signal_id", nullable = false)
    private Signal signal;

    @ManyToOne(optional = false)
    @JoinColumn(name = "receiver_id", nullable = false)
    private NetworkMember receiver;

    @Column(length = TextRules.TEXT_UNITS)
    private String steps;

    @Column(name = "calls_whom", length = TextRules.TEXT_UNITS)
    private String callsWhom;

    protected SignalResponse() {
    }

    SignalResponse(Signal signal, NetworkMember receiver, String steps) {
        this.signal = signal;
        this.receiver = receiver;
        this.steps = steps;
    }

    public Signal getSignal() {
        return signal;
    }

    public NetworkMember getReceiver() {
        return receiver;
    }

    public String getSteps() {
        return steps;
    }

    public void setSteps(String steps) {
        this.steps = steps;
    }

    public String getCallsWhom() {
        return callsWhom;
    }

    public void setCallsWhom(String callsWhom) {
        this.callsWhom = callsWhom;
    }
}
