package cn.pingxuan.contest;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The registration form is read and written whole, so it is kept as one JSON text column (no JSON SQL needed). */
@Singleton
class FormFieldsConverter implements AttributeConverter<List<FormField>, String> {

    private final JsonMapper json;

    FormFieldsConverter(JsonMapper json) {
        this.json = json;
    }

    @Override
    public String convertToPersistedValue(List<FormField> fields, ConversionContext context) {
        try {
            return json.writeValueAsString(fields == null ? List.of() : fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<FormField> convertToEntityValue(String value, ConversionContext context) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        try {
            return json.readValue(value, Argument.listOf(FormField.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
