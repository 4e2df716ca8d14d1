package cn.pingxuan.storage;

public class BlobNotFoundException extends BlobStoreException {

    private final String key;

    public BlobNotFoundException(String key) {
        super("no blob with key '" + key + "'");
        this.key = key;
    }

    public String key() {
        return key;
    }
}
