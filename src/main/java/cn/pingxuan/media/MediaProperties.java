package cn.pingxuan.media;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * @param maxVideoHeight  the web video's height bound (its width follows the aspect; vertical videos are bound on the
 *                        short edge the same way, so 720p means 720×1280 for a phone video)
 * @param videoCrf        x264 constant rate factor of the web video (lower is better and bigger)
 * @param videoPreset     x264 preset: speed against size
 * @param maxImagePixels  images with more pixels are refused before decoding (decompression bombs)
 * @param maxDocumentPages essays with more pages are refused
 * @param maxDocumentBytes a document's decompressed size bound (zip bombs)
 * @param timeLimit       one processing attempt's time limit; a file that takes longer is refused
 */
@ConfigurationProperties("pingxuan.media")
public record MediaProperties(
        @Bindable(defaultValue = "720") int maxVideoHeight,
        @Bindable(defaultValue = "23") int videoCrf,
        @Bindable(defaultValue = "veryfast") String videoPreset,
        @Bindable(defaultValue = "100000000") long maxImagePixels,
        @Bindable(defaultValue = "300") int maxDocumentPages,
        @Bindable(defaultValue = "104857600") long maxDocumentBytes,
        @Bindable(defaultValue = "30m") Duration timeLimit) {
}
