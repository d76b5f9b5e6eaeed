package dev.keel.web.shell;

import dev.keel.shared.SingleLine;
import dev.keel.shared.TextInput;
import java.lang.reflect.Field;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * The one place where text from outside is cleaned by field kind ({@link TextInput}): every JSON string
 * of a request body and every text parameter or form field bound by Spring MVC.
 */
final class TextCleaning {

    private TextCleaning() {}

    /** JSON strings: single-line for single-line fields, multi-line otherwise. */
    static final class Deserializer extends StringDeserializer {

        private final @Nullable String field;
        private final boolean marked;

        Deserializer(@Nullable String field, boolean marked) {
            this.field = field;
            this.marked = marked;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext context, @Nullable BeanProperty property) {
            if (property == null) {
                return this;
            }
            return new Deserializer(property.getName(), property.getAnnotation(SingleLine.class) != null);
        }

        @Override
        public boolean isCachable() {
            return field == null;
        }

        @Override
        public @Nullable String deserialize(JsonParser parser, DeserializationContext context) {
            return TextInput.forField(field, marked, super.deserialize(parser, context));
        }
    }

    /** Request parameters, path variables and form fields bound to a {@code String}. */
    static final class Converter implements ConditionalGenericConverter {

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return Set.of(new ConvertiblePair(String.class, String.class));
        }

        @Override
        public boolean matches(TypeDescriptor source, TypeDescriptor target) {
            return true;
        }

        @Override
        public @Nullable Object convert(@Nullable Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            return TextInput.forField(nameOf(targetType), targetType.hasAnnotation(SingleLine.class), (String) source);
        }

        private static @Nullable String nameOf(TypeDescriptor type) {
            Object source = type.getResolvableType().getSource();
            if (source instanceof MethodParameter parameter) {
                return parameter.getParameterName();
            }
            if (source instanceof Field field) {
                return field.getName();
            }
            return null;
        }
    }
}
