package cn.pingxuan.media.essay;

import cn.pingxuan.media.MediaLimits;
import cn.pingxuan.media.MediaProperties;
import cn.pingxuan.media.MediaWork;
import cn.pingxuan.media.ProgressListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Essays the tests share, and the processor's surroundings. */
final class EssayFixtures {

    /** Who wrote the documents according to their properties: must never reach judges. */
    static final String AUTHOR = "欧阳作者Author";

    /** 300 字 of an original essay, in three paragraphs. */
    static final String ESSAY = """
            　　秋天的校园里，银杏叶一片一片地落下来，铺满了通往图书馆的小路。我常常在傍晚时分走过这里，\
            听脚下的叶子发出细碎的声响，心里便安静下来。
            　　读书是一件需要耐心的事情。小时候我总想一口气读完一本厚书，翻到最后一页才算完成任务；\
            后来才明白，真正的阅读是和作者慢慢地对话，在字里行间停下来，想一想自己的生活。
            　　如今我把每天的阅读写成短短的笔记，记下那些让我心动的句子，也记下自己的疑问。\
            日子久了，这些笔记像一条河，把零散的思考连成了流动的风景。""";

    /** The same essay reflowed and re-punctuated, as a copier disguises it. */
    static final String ESSAY_REPUNCTUATED = """
            秋天的校园里 银杏叶一片一片地落下来、铺满了通往图书馆的小路!我常常在傍晚时分走过这里
            听脚下的叶子发出细碎的声响——心里便安静下来……读书是一件需要耐心的事情!
            小时候我总想一口气读完一本厚书、翻到最后一页才算完成任务,后来才明白:真正的阅读是和作者慢慢地对话
            在字里行间停下来 想一想自己的生活。如今我把每天的阅读写成短短的笔记;记下那些让我心动的句子
            也记下自己的疑问. 日子久了 这些笔记像一条河 把零散的思考连成了流动的风景""";

    /** Another essay on another subject. */
    static final String UNRELATED = """
            　　物理实验课上，老师让我们用单摆测量重力加速度。我们先量好摆线的长度，再把小球拉开一个很小的角度，\
            松手后用秒表记录它来回摆动三十次所用的时间。第一次算出的结果偏差很大，组里的同学都有些泄气。\
            后来我们发现秒表按得太晚，于是改成由两个人同时计时再取平均值，误差终于降到了百分之二以内。\
            这次实验让我懂得，科学结论离不开严谨的操作和反复的检验。""";

    private EssayFixtures() {
    }

    static MediaProperties properties() {
        return properties(300);
    }

    static MediaProperties properties(int maxDocumentPages) {
        return new MediaProperties(720, 23, "veryfast", 100_000_000L, maxDocumentPages, 100L * 1024 * 1024,
                Duration.ofMinutes(30));
    }

    static MediaWork work(Path dir) {
        return work(dir, MediaLimits.NONE);
    }

    static MediaWork work(Path dir, MediaLimits limits) {
        Path workDir = dir.resolve("work-" + System.nanoTime());
        try {
            Files.createDirectories(workDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MediaWork(workDir, limits, ProgressListener.IGNORE, Instant.now().plus(Duration.ofHours(1)),
                Clock.systemUTC());
    }

    static MediaLimits chars(Integer min, Integer max) {
        return new MediaLimits(null, null, null, min, max);
    }

    static Path write(Path dir, String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
