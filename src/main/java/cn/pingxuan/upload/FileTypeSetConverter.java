package cn.pingxuan.upload;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Allowed types stored as "MP4,MOV,WEBM": a handful of values, always read with their upload. */
@Singleton
class FileTypeSetConverter implements AttributeConverter<Set<FileType>, String> {

    @Override
    public String convertToPersistedValue(Set<FileType> types, ConversionContext context) {
        if (types == null) {
            return null;
        }
        return types.stream().sorted().map(FileType::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<FileType> convertToEntityValue(String value, ConversionContext context) {
        EnumSet<FileType> types = EnumSet.noneOf(FileType.class);
        if (value != null && !value.isBlank()) {
            Arrays.stream(value.split(",")).map(String::trim).map(FileType::valueOf).forEach(types::add);
        }
        return types;
    }
}
