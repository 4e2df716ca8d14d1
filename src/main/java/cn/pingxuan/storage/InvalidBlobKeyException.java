package cn.pingxuan.storage;

public class InvalidBlobKeyException extends IllegalArgumentException {

    public InvalidBlobKeyException(String message) {
        super(message);
    }
}
