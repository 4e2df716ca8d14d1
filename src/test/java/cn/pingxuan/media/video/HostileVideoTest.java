package cn.pingxuan.media.video;

import cn.pingxuan.media.FfmpegInput;
import cn.pingxuan.media.MediaLimits;
import cn.pingxuan.media.MediaRejectedException;
import cn.pingxuan.media.MediaWork;
import cn.pingxuan.media.ProgressListener;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Files built to make FFmpeg read other files or open connections, and broken files: all are refused with a reason,
 * and nothing is read or made. Where FFmpeg would follow such a file, a control shows it does so without the
 * hardening, so the refusal is the hardening's doing.
 */
class HostileVideoTest {

    @TempDir
    Path dir;

    private final VideoProcessor processor = TestVideos.processor();

    @Test
    void hlsPlaylistsPointingAtALocalFileAreRefused() throws Exception {
        Path secret = secretVideo();
        String playlist = playlist("file:" + secret);
        // FFmpeg 8 itself no longer takes a playlist without an .m3u8 name for HLS; under that name it follows it
        Path disguised = Files.writeString(dir.resolve("upload.mp4"), playlist);
        Path named = Files.writeString(dir.resolve("upload.m3u8"), playlist);
        assertThat(framesReadWithOnlyTheProtocolWhitelist(named)).as("control: the playlist reads the secret").isPositive();

        assertUnreadableAndNothingMade(disguised);
        assertUnreadableAndNothingMade(named);
    }

    @Test
    void hlsPlaylistsPointingAtAServerOpenNoConnection() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = countConnections(server);
            String playlist = playlist("http://127.0.0.1:" + server.getLocalPort() + "/secret.ts");

            assertUnreadableAndNothingMade(Files.writeString(dir.resolve("upload.mp4"), playlist));
            assertUnreadableAndNothingMade(Files.writeString(dir.resolve("upload.m3u8"), playlist));

            Thread.sleep(200);
            assertThat(connections).hasValue(0);
        }
    }

    @Test
    void ffconcatListIsRefused() throws Exception {
        Path secret = secretVideo();
        Path list = Files.writeString(dir.resolve("upload.mp4"),
                "ffconcat version 1.0\nfile '" + secret.getFileName() + "'\n");
        assertThat(framesReadWithOnlyTheProtocolWhitelist(list)).as("control: the list reads the secret").isPositive();

        assertUnreadableAndNothingMade(list);
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        assertRefused(Files.createFile(dir.resolve("empty.mp4")), "文件是空的，请重新上传");
    }

    @Test
    void anMp4CutShortWithItsIndexAtTheEndIsRefused() throws Exception {
        Path whole = TestVideos.make(dir.resolve("whole.mp4"), TestVideos.patternWithTone() + " -c:v libx264 -c:a aac");
        byte[] bytes = Files.readAllBytes(whole);

        assertRefused(Files.write(dir.resolve("cut.mp4"), Arrays.copyOf(bytes, bytes.length / 2)),
                VideoProbe.UNREADABLE);
    }

    @Test
    void anMp4CutShortWithItsIndexFirstIsRefusedAsIncomplete() throws Exception {
        Path whole = TestVideos.make(dir.resolve("whole.mp4"), TestVideos.pattern("320x180", 30, 3)
                + " " + TestVideos.TONE + " -c:v libx264 -c:a aac -movflags +faststart");
        byte[] bytes = Files.readAllBytes(whole);

        MediaWork work = TestVideos.work(dir, MediaLimits.NONE, ProgressListener.IGNORE);
        Path cut = Files.write(dir.resolve("cut.mp4"), Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> processor.process(cut, work))
                .isInstanceOf(MediaRejectedException.class)
                .hasMessageMatching("视频数据不完整：只读到 0:0[01] / 0:03，请重新导出后上传");
    }

    @Test
    void anHtmlPageNamedMp4IsRefused() throws Exception {
        Path page = Files.writeString(dir.resolve("page.mp4"),
                "<!DOCTYPE html><html><head><title>视频</title></head><body><video src=\"a.mp4\"></video></body></html>\n");

        assertRefused(page, VideoProbe.UNREADABLE);
    }

    @Test
    void soundWithoutPicturesIsRefused() throws Exception {
        Path sound = TestVideos.make(dir.resolve("sound.mp4"), TestVideos.TONE + " -c:a aac");

        assertRefused(sound, VideoProbe.NO_PICTURE);
    }

    @Test
    void anMp3WithCoverArtIsNotTakenForAVideo() throws Exception {
        Path song = TestVideos.make(dir.resolve("song.mp3"), TestVideos.TONE + " -f lavfi -i color=c=red:s=64x64:d=1"
                + " -map 0 -map 1 -frames:v 1 -c:a libmp3lame -c:v mjpeg -disposition:v attached_pic");

        assertRefused(song, VideoProbe.NO_PICTURE);
    }

    private Path secretVideo() throws IOException, InterruptedException {
        return TestVideos.make(dir.resolve("secret.ts"), TestVideos.pattern("160x90", 10, 1) + " -c:v libx264");
    }

    private static String playlist(String segment) {
        return "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:2\n#EXTINF:1.0,\n" + segment + "\n#EXT-X-ENDLIST\n";
    }

    /** What the grabber decodes when only {@code protocol_whitelist=file} is set, as DESIGN §7 warns. */
    private static int framesReadWithOnlyTheProtocolWhitelist(Path file) throws IOException {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.setOption("protocol_whitelist", "file");
            grabber.start();
            int frames = 0;
            while (grabber.grabImage() != null) {
                frames++;
            }
            return frames;
        }
    }

    private void assertUnreadableAndNothingMade(Path file) throws IOException {
        MediaWork work = assertRefused(file, VideoProbe.UNREADABLE);
        try (var made = Files.list(work.workDir())) {
            assertThat(made).isEmpty();
        }
        FFmpegFrameGrabber hardened = FfmpegInput.grabber(file);
        try {
            assertThatThrownBy(hardened::start).isInstanceOf(IOException.class);
        } finally {
            hardened.release();
        }
    }

    private MediaWork assertRefused(Path file, String reason) throws IOException {
        MediaWork work = TestVideos.work(dir, MediaLimits.NONE, ProgressListener.IGNORE);
        assertThatThrownBy(() -> processor.process(file, work))
                .isInstanceOf(MediaRejectedException.class)
                .hasMessage(reason);
        return work;
    }

    private static AtomicInteger countConnections(ServerSocket server) throws IOException {
        AtomicInteger connections = new AtomicInteger();
        server.setSoTimeout(100);
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket ignored = server.accept()) {
                    connections.incrementAndGet();
                } catch (SocketTimeoutException e) {
                    // look again until the test closes the server
                } catch (IOException e) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        return connections;
    }
}
