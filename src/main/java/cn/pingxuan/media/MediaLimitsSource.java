package cn.pingxuan.media;

/**
 * Where the pipeline learns the limits of an entry's category. The entry feature implements it, so media does
 * not depend on entries (entries depend on media).
 */
public interface MediaLimitsSource {

    MediaLimits limitsOf(long entryId);
}
