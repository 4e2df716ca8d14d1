package cn.pingxuan.upload;

import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** Unguessable identifiers: an upload's id is all a client needs to address it, so it must not be predictable. */
@Singleton
class UploadTokens {

    private static final Pattern UPLOAD_ID = Pattern.compile("[A-Za-z0-9_-]{32,64}");

    private final SecureRandom random = new SecureRandom();

    /** 192 random bits as 32 URL-safe characters. */
    String uploadId() {
        return random(24);
    }

    /** Identifies one lease holder (one request) so that only it may write. */
    String leaseToken() {
        return random(18);
    }

    static boolean isUploadId(String id) {
        return id != null && UPLOAD_ID.matcher(id).matches();
    }

    private String random(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
