package cn.pingxuan.gallery;

import io.micronaut.core.annotation.Nullable;

/** The gallery's addresses. Slugs and entry codes are URL-safe by construction (letters, digits, hyphens). */
final class GalleryLinks {

    private GalleryLinks() {
    }

    static String media(String slug, String code, long assetId) {
        return "/api/gallery/" + slug + "/works/" + code + "/media/" + assetId;
    }

    static String page(String slug) {
        return "/gallery/" + slug;
    }

    static String work(String slug, String code) {
        return "/gallery/" + slug + "/works/" + code;
    }

    /** The cover as the contest pages link it: the key's last segment versions the URL. */
    @Nullable
    static String cover(long contestId, @Nullable String coverKey) {
        return coverKey == null ? null
                : "/api/contests/" + contestId + "/cover?v=" + coverKey.substring(coverKey.lastIndexOf('/') + 1);
    }
}
