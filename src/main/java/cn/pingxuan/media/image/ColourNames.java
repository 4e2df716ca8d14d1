package cn.pingxuan.media.image;

import io.micronaut.core.annotation.Nullable;

import javax.imageio.ImageTypeSpecifier;
import java.awt.color.ColorSpace;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;

/** How an original stores its colours, in words for organizers: "CMYK", "RGBA · 16 位". */
final class ColourNames {

    private ColourNames() {
    }

    static @Nullable String of(@Nullable ImageTypeSpecifier stored) {
        if (stored == null) {
            return null;
        }
        ColorModel model = stored.getColorModel();
        String name = switch (model.getColorSpace().getType()) {
            case ColorSpace.TYPE_CMYK -> "CMYK";
            case ColorSpace.TYPE_GRAY -> model.hasAlpha() ? "灰度 + 透明" : "灰度";
            default -> model instanceof IndexColorModel ? "索引色" : model.hasAlpha() ? "RGBA" : "RGB";
        };
        int bits = model.getComponentSize(0);
        return bits > 8 ? name + " · " + bits + " 位" : name;
    }
}
