package no.kommune.bta.intake;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of an application's timeline. */
@Entity
@Table(name = "intake_event")
public class IntakeEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID intakeId;
    @Enumerated(EnumType.STRING)
    public IntakeEventType type;
    public Instant at;
    public String byUser;
    public String byRole;
    public String summary;
}
