package no.kommune.bta.support;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/**
 * Every API call in the tests goes through here, so request and response are checked against
 * openapi.yaml. {@link #asInvalid} checks only the response, for tests that send bad input on purpose.
 */
public final class Api {
    public static final Path CONTRACT = Path.of("../openapi.yaml").toAbsolutePath().normalize();

    private static final OpenApiValidationFilter FULL = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toUri().toString()).build());

    private static final OpenApiValidationFilter RESPONSE_ONLY = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private Api() {
    }

    public static RequestSpecification as(String username) {
        return given().filter(FULL).auth().oauth2(Tokens.user(username)).contentType(ContentType.JSON);
    }

    public static RequestSpecification asIntegration() {
        return given().filter(FULL).auth().oauth2(Tokens.integration()).contentType(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().filter(FULL).contentType(ContentType.JSON);
    }

    /** Sends a request the contract itself forbids; only the response is checked against the contract. */
    public static RequestSpecification asInvalid(String username) {
        var spec = given().filter(RESPONSE_ONLY).contentType(ContentType.JSON);
        return username == null ? spec : spec.auth().oauth2(Tokens.user(username));
    }

    public static RequestSpecification withToken(String token) {
        return given().filter(RESPONSE_ONLY).auth().oauth2(token).contentType(ContentType.JSON);
    }
}
