package cn.pingxuan.media;

/**
 * The original cannot become a valid work: wrong content, limits not met, hostile or broken file. Final (never
 * retried); the message is shown to the student as is, so it is Chinese and says what to do.
 */
public class MediaRejectedException extends Exception {

    public MediaRejectedException(String reason) {
        super(reason);
    }

    public MediaRejectedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
