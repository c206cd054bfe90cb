package nl.jeugdregie.platform;

import nl.jeugdregie.kern.Tekst;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every text field of a JSON body is refused when it holds a control character, as {@link StuurtekenFilter} does
 * for query strings and form fields: the API answers 400 with the field named, and nothing is stored.
 */
@Component
class JsonTekstcontrole implements JsonMapperBuilderCustomizer {

    @Override
    public void customize(JsonMapper.Builder builder) {
        builder.addModule(new SimpleModule("tekstcontrole").addDeserializer(String.class, new Leesbaar()));
    }

    /** Reads text as Jackson does, then refuses it when it holds a control character. */
    static final class Leesbaar extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String tekst = super.deserialize(parser, context);
            if (Tekst.heeftStuurteken(tekst)) {
                throw new Stuurteken(parser, tekst);
            }
            return tekst;
        }
    }

    /** A text value with a control character; the API names the field it was in. */
    static final class Stuurteken extends tools.jackson.databind.exc.InvalidFormatException {
        Stuurteken(JsonParser parser, String tekst) {
            super(parser, "Tekst " + Tekst.STUURTEKEN, tekst, String.class);
        }
    }
}
