package cn.pingxuan.common;

import cn.pingxuan.storage.BlobStoreUnavailableException;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.transaction.exceptions.TransactionException;
import jakarta.inject.Singleton;

/**
 * The exception types through which a lost database or object store reaches a request: each goes to
 * {@link OutageResponses}, which tells an outage (503) from a real error (500).
 */
final class OutageHandlers {

    private OutageHandlers() {
    }

    @Singleton
    static final class Storage implements ExceptionHandler<BlobStoreUnavailableException, HttpResponse<?>> {
        private final OutageResponses outages;

        Storage(OutageResponses outages) {
            this.outages = outages;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, BlobStoreUnavailableException exception) {
            return outages.answer(request, exception);
        }
    }

    /** Repository calls. */
    @Singleton
    static final class DataAccess implements ExceptionHandler<DataAccessException, HttpResponse<?>> {
        private final OutageResponses outages;

        DataAccess(OutageResponses outages) {
            this.outages = outages;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, DataAccessException exception) {
            return outages.answer(request, exception);
        }
    }

    /** Beginning a transaction. */
    @Singleton
    static final class Transaction implements ExceptionHandler<TransactionException, HttpResponse<?>> {
        private final OutageResponses outages;

        Transaction(OutageResponses outages) {
            this.outages = outages;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, TransactionException exception) {
            return outages.answer(request, exception);
        }
    }

    /** Opening a connection outside a transaction. */
    @Singleton
    static final class Connection implements ExceptionHandler<ConnectionException, HttpResponse<?>> {
        private final OutageResponses outages;

        Connection(OutageResponses outages) {
            this.outages = outages;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ConnectionException exception) {
            return outages.answer(request, exception);
        }
    }

    @Singleton
    static final class JdbcConnection implements ExceptionHandler<CannotGetJdbcConnectionException, HttpResponse<?>> {
        private final OutageResponses outages;

        JdbcConnection(OutageResponses outages) {
            this.outages = outages;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, CannotGetJdbcConnectionException exception) {
            return outages.answer(request, exception);
        }
    }
}
