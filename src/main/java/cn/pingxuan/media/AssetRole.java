package cn.pingxuan.media;

/**
 * What a stored file is to its entry: the student's original, or something the pipeline derived from it.
 * Derivatives point at their original ({@code Asset.sourceId}) and share its ordinal in a series.
 */
public enum AssetRole {
    ORIGINAL,
    /** H.264/AAC MP4, at most 720p, rotation applied, metadata stripped, {@code +faststart}. */
    VIDEO_WEB,
    /** The video's chosen (non-black) frame as a JPEG at the web video's size. */
    POSTER,
    /** An image work as a metadata-free JPEG, at most 2048 px on its long edge. */
    DISPLAY,
    /** Thumbnail for lists and queues: long edge at most {@link MediaSizes#THUMB_SMALL}. */
    THUMB_SMALL,
    /** Thumbnail for cards and galleries: long edge at most {@link MediaSizes#THUMB_LARGE}. */
    THUMB_LARGE,
    /** An essay's extracted text, UTF-8 {@code text/plain}: what judges read. */
    TEXT,
    /** An essay's first page as a PNG, without any document metadata. */
    PDF_PREVIEW
}
