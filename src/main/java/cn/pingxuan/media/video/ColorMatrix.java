package cn.pingxuan.media.video;

/** Limited-range Y′CbCr to RGB, with the coefficients of the standard the source was encoded in. */
enum ColorMatrix {
    BT601(1.596, 0.392, 0.813, 2.017),
    BT709(1.793, 0.213, 0.533, 2.112);

    private static final double LUMA_SCALE = 255.0 / 219;

    private final double redFromV;
    private final double greenFromU;
    private final double greenFromV;
    private final double blueFromU;

    ColorMatrix(double redFromV, double greenFromU, double greenFromV, double blueFromU) {
        this.redFromV = redFromV;
        this.greenFromU = greenFromU;
        this.greenFromV = greenFromV;
        this.blueFromU = blueFromU;
    }

    /** FFmpeg's colour space name of the source; what it leaves unspecified is decoded as BT.601, as swscale does. */
    static ColorMatrix of(String colorSpace) {
        return "bt709".equals(colorSpace) ? BT709 : BT601;
    }

    /** Packed 0xRRGGBB of one pixel; the arguments are unsigned bytes. */
    int rgb(int y, int u, int v) {
        double luma = (y - 16) * LUMA_SCALE;
        int cb = u - 128;
        int cr = v - 128;
        return clamp(luma + redFromV * cr) << 16
                | clamp(luma - greenFromU * cb - greenFromV * cr) << 8
                | clamp(luma + blueFromU * cb);
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }
}
