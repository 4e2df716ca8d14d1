package cn.pingxuan.entry;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The answers to the contest's registration form, kept as one JSON text column next to the entry. */
@Singleton
class FormDataConverter implements AttributeConverter<Map<String, Object>, String> {

    private final JsonMapper json;

    FormDataConverter(JsonMapper json) {
        this.json = json;
    }

    @Override
    public String convertToPersistedValue(Map<String, Object> data, ConversionContext context) {
        try {
            return json.writeValueAsString(data == null ? Map.of() : data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, Object> convertToEntityValue(String value, ConversionContext context) {
        if (value == null || value.isBlank()) {
            return new LinkedHashMap<>();
        }
        try {
            return json.readValue(value, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
