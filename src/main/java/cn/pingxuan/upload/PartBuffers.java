package cn.pingxuan.upload;

import jakarta.inject.Singleton;

/**
 * Allocates the one buffer a PATCH collects a part in. The server's memory per upload is this buffer, so tests
 * count what passes through here.
 */
@Singleton
class PartBuffers {

    byte[] allocate(int size) {
        return new byte[size];
    }
}
