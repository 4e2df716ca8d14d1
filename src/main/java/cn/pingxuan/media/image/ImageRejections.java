package cn.pingxuan.media.image;

import cn.pingxuan.media.MediaRejectedException;
import cn.pingxuan.upload.FileType;

/** The reasons an image is refused, worded for the student who uploaded it. */
final class ImageRejections {

    private static final String SUPPORTED = "JPEG、PNG、WebP、GIF、TIFF、BMP 或 HEIC";

    private ImageRejections() {
    }

    static MediaRejectedException empty() {
        return new MediaRejectedException("文件是空的，请重新上传");
    }

    static MediaRejectedException notAnImage(FileType type) {
        return new MediaRejectedException("文件内容是“" + type.displayName() + "”，不是可以处理的图片，请上传 "
                + SUPPORTED + " 格式的图片");
    }

    static MediaRejectedException broken(Throwable cause) {
        return new MediaRejectedException("图片文件已损坏或不完整，无法读取，请重新导出后上传", cause);
    }

    /** A HEIF the bundled FFmpeg cannot decode; iPhones can be set to take JPEGs instead. */
    static MediaRejectedException heifUnreadable(FileType type, Throwable cause) {
        if (type == FileType.AVIF) {
            return new MediaRejectedException("无法读取这张 AVIF 图片，请将它导出为 JPEG 后重新上传", cause);
        }
        return new MediaRejectedException("无法读取这张 HEIC 照片：请在 iPhone 设置 › 相机 › 格式 中选择“兼容性最佳”，"
                + "或将照片导出为 JPEG 后重新上传", cause);
    }

    static MediaRejectedException animatedWebp() {
        return new MediaRejectedException("暂不支持动态 WebP 图片，请导出为 JPEG、PNG 或 GIF 后重新上传");
    }

    static MediaRejectedException tooManyPixels(int width, int height, long maxPixels) {
        return new MediaRejectedException("图片尺寸 " + width + "×" + height + " 过大（超过 " + pixelCount(maxPixels)
                + "），请缩小后重新上传");
    }

    static MediaRejectedException belowMinimum(int width, int height, Integer minWidth, Integer minHeight) {
        if (minWidth != null && minHeight != null) {
            return new MediaRejectedException("图片分辨率 " + width + "×" + height + " 低于要求的 " + minWidth + "×" + minHeight);
        }
        return minWidth != null
                ? new MediaRejectedException("图片宽度 " + width + " 像素低于要求的 " + minWidth + " 像素")
                : new MediaRejectedException("图片高度 " + height + " 像素低于要求的 " + minHeight + " 像素");
    }

    /** 100000000 → "1 亿像素", 50000000 → "5000 万像素". */
    static String pixelCount(long pixels) {
        if (pixels % 100_000_000 == 0) {
            return pixels / 100_000_000 + " 亿像素";
        }
        return pixels % 10_000 == 0 ? pixels / 10_000 + " 万像素" : pixels + " 像素";
    }
}
