package cn.pingxuan.common;

import cn.pingxuan.storage.BlobStoreUnavailableException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/** A service the portal depends on that is out of reach: the request may succeed later, so it is a 503, not a 500. */
public enum Outage {

    DATABASE("database-unavailable", "数据库暂时无法连接，请稍后重试"),
    STORAGE("storage-unavailable", "文件存储暂时无法访问，请稍后重试（已上传的部分会保留）");

    /** SQLSTATE class 08: connection exceptions (refused, broken, server shutting down). */
    private static final String CONNECTION_STATE_CLASS = "08";

    private final String code;
    private final String detail;

    Outage(String code, String detail) {
        this.code = code;
        this.detail = detail;
    }

    /**
     * The outage behind a failure, looking through its causes (frameworks wrap the driver's or the SDK's exception).
     * Anything else, such as a constraint violation or bad SQL, is a real error and stays one.
     */
    public static Optional<Outage> behind(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof BlobStoreUnavailableException) {
                return Optional.of(STORAGE);
            }
            if (isConnectionFailure(cause)) {
                return Optional.of(DATABASE);
            }
        }
        return Optional.empty();
    }

    private static boolean isConnectionFailure(Throwable cause) {
        // SQLTransientConnectionException is also the pool's "no connection within connection-timeout"
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLRecoverableException) {
            return true;
        }
        return cause instanceof SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith(CONNECTION_STATE_CLASS);
    }

    ServiceUnavailableException problem(Duration retryAfter) {
        return new ServiceUnavailableException(code, detail, retryAfter);
    }
}
