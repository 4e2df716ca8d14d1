package cn.pingxuan.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A node of the organisation tree (university → college → class, or city → county → school).
 * {@code path} is the materialised chain of ids, "/1/5/12/", so a subtree is one {@code LIKE '/1/5/%'}.
 */
@MappedEntity("org_unit")
public record OrgUnit(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable Long parentId,
        String name,
        UnitKind kind,
        @Nullable String code,
        String path,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    public boolean isWithin(OrgUnit ancestor) {
        return path.startsWith(ancestor.path());
    }

    public OrgUnit withPath(String newPath) {
        return new OrgUnit(id, parentId, name, kind, code, newPath, createdAt, updatedAt);
    }
}
