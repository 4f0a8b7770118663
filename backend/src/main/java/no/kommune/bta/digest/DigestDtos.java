package no.kommune.bta.digest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The e-mail digest setting at the API edge. */
public final class DigestDtos {
    private DigestDtos() {
    }

    /**
     * Switch the digest on or off. {@code email} is where it goes; without it, the address on the caller's token.
     */
    public record DigestSettingRequest(
            @NotNull(message = "må fylles ut") Boolean enabled,
            @Email(message = "må være en gyldig e-postadresse") @Size(max = 254, message = "kan ha høyst 254 tegn") String email) {
    }

    /**
     * The caller's setting: whether it is on, the address it goes to (when off: the token's address, which switching it
     * on without one would use), the facilities it covers, and the last day a digest was sent.
     */
    public record DigestSetting(boolean enabled, String email, List<String> facilities, LocalDate lastSentOn) {
    }
}
