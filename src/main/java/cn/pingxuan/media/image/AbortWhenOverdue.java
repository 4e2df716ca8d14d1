package cn.pingxuan.media.image;

import cn.pingxuan.media.MediaRejectedException;
import cn.pingxuan.media.MediaWork;

import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadProgressListener;

/** Aborts an ImageIO read that outlives the job's deadline: a decoder cannot be interrupted otherwise. */
final class AbortWhenOverdue implements IIOReadProgressListener {

    private final MediaWork work;

    AbortWhenOverdue(MediaWork work) {
        this.work = work;
    }

    @Override
    public void imageProgress(ImageReader source, float percentageDone) {
        try {
            work.checkTime();
        } catch (MediaRejectedException overdue) {
            source.abort(); // the read returns early; the caller's own checkTime() then rejects
        }
    }

    @Override
    public void sequenceStarted(ImageReader source, int minIndex) {
    }

    @Override
    public void sequenceComplete(ImageReader source) {
    }

    @Override
    public void imageStarted(ImageReader source, int imageIndex) {
    }

    @Override
    public void imageComplete(ImageReader source) {
    }

    @Override
    public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {
    }

    @Override
    public void thumbnailProgress(ImageReader source, float percentageDone) {
    }

    @Override
    public void thumbnailComplete(ImageReader source) {
    }

    @Override
    public void readAborted(ImageReader source) {
    }
}
