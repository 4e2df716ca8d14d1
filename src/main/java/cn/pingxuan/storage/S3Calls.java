package cn.pingxuan.storage;

import io.minio.errors.ErrorResponseException;
import io.minio.errors.ServerException;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Runs MinIO SDK calls to completion and turns their many checked and S3 errors into the store's exceptions. */
final class S3Calls {

    @FunctionalInterface
    interface Call<T> {
        CompletableFuture<T> start() throws Exception;
    }

    /** Codes with which S3 servers say "not now" rather than "not this request". */
    private static final Set<String> UNAVAILABLE_CODES =
            Set.of("ServiceUnavailable", "SlowDown", "InternalError", "RequestTimeout", "XMinioServerNotInitialized");

    private S3Calls() {
    }

    /**
     * @param key      names the blob in exceptions; null for bucket-level calls
     * @param uploadId names the multipart upload in exceptions, or null
     */
    static <T> T await(String key, String uploadId, Call<T> call) {
        try {
            return call.start().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BlobStoreException("interrupted while waiting for S3" + about(key), e);
        } catch (Exception e) {
            throw translate(e, key, uploadId);
        }
    }

    static boolean hasErrorCode(Throwable error, String code) {
        return error instanceof ErrorResponseException response && code.equals(response.errorResponse().code());
    }

    private static RuntimeException translate(Throwable error, String key, String uploadId) {
        Throwable cause = error;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof BlobStoreException || cause instanceof IllegalArgumentException) {
            return (RuntimeException) cause;
        }
        if (cause instanceof IOException || cause instanceof ServerException
                || cause instanceof ErrorResponseException unavailable
                        && UNAVAILABLE_CODES.contains(unavailable.errorResponse().code())) {
            return new BlobStoreUnavailableException("S3 is unavailable" + about(key) + ": " + cause, cause);
        }
        if (cause instanceof ErrorResponseException response) {
            switch (response.errorResponse().code()) {
                case "NoSuchKey":
                    return new BlobNotFoundException(key);
                case "NoSuchUpload":
                    return new MultipartUploadNotFoundException(key, uploadId);
                case "InvalidPart", "InvalidPartOrder", "EntityTooSmall":
                    return new InvalidPartListException(response.errorResponse().message());
                default:
                    return new BlobStoreException("S3 refused a request" + about(key) + ": "
                            + response.errorResponse().code() + " " + response.errorResponse().message(), cause);
            }
        }
        return new BlobStoreException("S3 request failed" + about(key) + ": " + cause, cause);
    }

    private static String about(String key) {
        return key == null ? "" : " for '" + key + "'";
    }
}
