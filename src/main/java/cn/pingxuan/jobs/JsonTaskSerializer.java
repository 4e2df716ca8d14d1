package cn.pingxuan.jobs;

import com.github.kagkarlsson.scheduler.serializer.Serializer;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Job payloads stored as JSON, readable in the table and independent of Java serialization. */
class JsonTaskSerializer implements Serializer {

    private final JsonMapper json;

    JsonTaskSerializer(JsonMapper json) {
        this.json = json;
    }

    @Override
    public byte[] serialize(Object data) {
        try {
            return data == null ? null : json.writeValueAsBytes(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public <T> T deserialize(Class<T> type, byte[] serialized) {
        try {
            return serialized == null ? null : json.readValue(serialized, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
