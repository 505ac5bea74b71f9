package jp.manabi.content.scorm.manifest;

import java.util.Objects;

/**
 * A shared data bucket an item's SCO may use (adlcp:data/adlcp:map, SCORM 2004 4th Edition), seen
 * at run time as adl.data.n: its global ID and whether the SCO may read and write it.
 */
public record SharedDataMap(String targetId, boolean readSharedData, boolean writeSharedData) {

    public SharedDataMap {
        Objects.requireNonNull(targetId);
    }
}
