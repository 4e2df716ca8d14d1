package cn.pingxuan.media;

import java.util.List;
import java.util.Optional;

/** One uploaded file of an entry and what the pipeline made from it. */
public record WorkFile(Asset original, List<Asset> derivatives) {

    public Optional<Asset> derivative(AssetRole role) {
        return derivatives.stream().filter(d -> d.role() == role).findFirst();
    }
}
