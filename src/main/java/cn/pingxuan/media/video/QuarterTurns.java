package cn.pingxuan.media.video;

import java.awt.image.BufferedImage;

/** Turns a picture by a multiple of 90°, exactly (pixels are moved, not resampled). */
final class QuarterTurns {

    private QuarterTurns() {
    }

    static BufferedImage counterClockwise(BufferedImage image, int degrees) {
        int turns = Math.floorMod(degrees / 90, 4);
        if (turns == 0) {
            return image;
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] source = image.getRGB(0, 0, width, height, null, 0, width);
        int turnedWidth = turns == 2 ? width : height;
        int turnedHeight = turns == 2 ? height : width;
        int[] turned = new int[source.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int index = switch (turns) {
                    case 1 -> (width - 1 - x) * turnedWidth + y;
                    case 2 -> (height - 1 - y) * turnedWidth + (width - 1 - x);
                    default -> x * turnedWidth + (height - 1 - y);
                };
                turned[index] = source[y * width + x];
            }
        }
        BufferedImage result = new BufferedImage(turnedWidth, turnedHeight, BufferedImage.TYPE_INT_RGB);
        result.setRGB(0, 0, turnedWidth, turnedHeight, turned, 0, turnedWidth);
        return result;
    }
}
