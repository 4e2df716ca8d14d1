package cn.pingxuan.media.video;

import cn.pingxuan.media.AssetRole;
import cn.pingxuan.media.Derivative;
import cn.pingxuan.media.MediaProcessor;
import cn.pingxuan.media.MediaProperties;
import cn.pingxuan.media.MediaRejectedException;
import cn.pingxuan.media.MediaSizes;
import cn.pingxuan.media.MediaWork;
import cn.pingxuan.media.ProcessedMedia;
import cn.pingxuan.media.Renditions;
import cn.pingxuan.originality.Fingerprint;
import jakarta.inject.Singleton;
import org.bytedeco.javacv.FFmpegFrameGrabber;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A student's video: probed and checked against the category's limits, transcoded once into the web video (which
 * also yields the poster), then the poster's thumbnails. The fingerprint is the poster's.
 */
@Singleton
public class VideoProcessor implements MediaProcessor {

    private final WebVideoEncoder encoder;
    private final int maxShortEdge;

    public VideoProcessor(MediaProperties properties) {
        this.encoder = new WebVideoEncoder(properties.videoCrf(), properties.videoPreset());
        this.maxShortEdge = properties.maxVideoHeight();
    }

    @Override
    public boolean accepts(String contentType) {
        return contentType != null && contentType.startsWith("video/");
    }

    @Override
    public ProcessedMedia process(Path original, MediaWork work) throws IOException, MediaRejectedException {
        work.checkTime();
        try (FFmpegFrameGrabber grabber = VideoProbe.open(original)) {
            VideoInfo video = VideoProbe.describe(grabber, original);
            VideoRequirements.check(video, work.limits());
            PosterFramePicker posters = new PosterFramePicker(video);
            Derivative web = encoder.encode(grabber, video, WebVideoSize.of(video, maxShortEdge), work, posters);
            BufferedImage poster = posters.poster();
            List<Derivative> derivatives = List.of(web,
                    Renditions.jpeg(poster, Math.max(poster.getWidth(), poster.getHeight()), AssetRole.POSTER,
                            work.file("poster.jpg")),
                    Renditions.jpeg(poster, MediaSizes.THUMB_LARGE, AssetRole.THUMB_LARGE, work.file("thumb-large.jpg")),
                    Renditions.jpeg(poster, MediaSizes.THUMB_SMALL, AssetRole.THUMB_SMALL, work.file("thumb-small.jpg")));
            long durationMs = video.durationMs() > 0 ? video.durationMs() : web.durationMs();
            work.progress().percent(100);
            return new ProcessedMedia(video.width(), video.height(), durationMs, null, video.details(durationMs),
                    derivatives, Fingerprint.visual(poster));
        }
    }
}
