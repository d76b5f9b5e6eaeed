package dev.keel.web.shell;

import com.fasterxml.jackson.annotation.Nulls;
import dev.keel.shared.CanonicalNumbers;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Numbers mean one thing: a JSON integer field takes a JSON integer (not {@code 1.5}, not {@code "4"}),
 * an id or number in a path or query parameter is written canonically ({@link CanonicalNumbers}), and a
 * list never holds {@code null}. Whatever does not fit is refused by the error handling as a field error.
 * Text is cleaned by field kind ({@link TextCleaning}).
 */
@Configuration(proxyBeanMethods = false)
class InputStrictness implements WebMvcConfigurer {

    @Bean
    JsonMapperBuilderCustomizer strictJsonNumbers() {
        return builder -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(
                        LogicalType.Integer,
                        config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .changeDefaultNullHandling(setter -> setter.withContentNulls(Nulls.FAIL))
                .addModule(new SimpleModule("keel-text")
                        .addDeserializer(String.class, new TextCleaning.Deserializer(null, false)));
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(new TextCleaning.Converter());
    }
}
