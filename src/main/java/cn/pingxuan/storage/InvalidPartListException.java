package cn.pingxuan.storage;

/** A multipart upload cannot be completed with the given parts; the upload itself stays intact. */
public class InvalidPartListException extends IllegalArgumentException {

    public InvalidPartListException(String message) {
        super(message);
    }
}
