package no.kommune.bta.audit;

/** The access log could not be written: the data the call would show must not be sent (fail closed). */
public class AccessLogUnavailable extends RuntimeException {
    public AccessLogUnavailable(Throwable cause) {
        super("The access log could not be written", cause);
    }
}
