package cn.pingxuan.media;

/** What a stored file is to its entry: the student's original, or something the pipeline derived from it. */
public enum AssetRole {
    ORIGINAL, VIDEO_WEB, POSTER, THUMB, DISPLAY, TEXT, PDF_PREVIEW
}
