package no.kommune.bta.intake;

/** The applicant's answer at the orientation meeting (R-INT-3); column {@code intake.applicant_answer} (CHECK). */
public enum ApplicantAnswer {
    ACCEPTED,
    DECLINED
}
