package no.kommune.bta.security;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import no.kommune.bta.common.StaffDirectory;

/**
 * Marks a field of an answer that holds the account that acted: the JSON carries the staff member's name and title
 * from the {@link StaffDirectory} ("Lars Leder, fagleder"), never the account (issue 18, item 1).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
@JacksonAnnotationsInside
@JsonSerialize(using = StaffName.Writer.class)
public @interface StaffName {

    /** Writes an account as its label. */
    final class Writer extends StdSerializer<String> {
        public Writer() {
            super(String.class);
        }

        @Override
        public void serialize(String account, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(StaffDirectory.labelOf(account));
        }
    }
}
