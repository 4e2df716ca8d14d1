package cn.pingxuan.upload;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every {@link UploadPurpose} bean by its name. */
@Singleton
class UploadPurposes {

    private final Map<String, UploadPurpose> byName = new HashMap<>();

    UploadPurposes(List<UploadPurpose> purposes) {
        for (UploadPurpose purpose : purposes) {
            UploadPurpose other = byName.put(purpose.name(), purpose);
            if (other != null) {
                throw new IllegalStateException("two upload purposes are named '" + purpose.name() + "': "
                        + other.getClass().getName() + " and " + purpose.getClass().getName());
            }
        }
    }

    /** The purpose a client asked for; 400 when there is none by that name. */
    UploadPurpose named(@Nullable String name) {
        UploadPurpose purpose = name == null ? null : byName.get(name);
        if (purpose == null) {
            throw UploadProblems.unknownPurpose(name);
        }
        return purpose;
    }

    /** The purpose an upload was created for; it exists unless a release removed it meanwhile. */
    UploadPurpose of(Upload upload) {
        UploadPurpose purpose = byName.get(upload.purpose());
        if (purpose == null) {
            throw new IllegalStateException("upload " + upload.id() + " belongs to purpose '" + upload.purpose()
                    + "', which this server does not have");
        }
        return purpose;
    }
}
