package cn.pingxuan.account;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Roles stored as "STUDENT,JUDGE": a handful of values that are always read with their user. */
@Singleton
class RoleSetConverter implements AttributeConverter<Set<Role>, String> {

    @Override
    public String convertToPersistedValue(Set<Role> roles, ConversionContext context) {
        if (roles == null) {
            return null;
        }
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Role> convertToEntityValue(String value, ConversionContext context) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (value != null && !value.isBlank()) {
            Arrays.stream(value.split(",")).map(String::trim).map(Role::valueOf).forEach(roles::add);
        }
        return roles;
    }
}
