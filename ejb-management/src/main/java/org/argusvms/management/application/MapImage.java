package org.argusvms.management.application;

import org.argusvms.management.domain.model.map.PlanImage;

import java.io.Serializable;

/** A map's picture: its bytes, media type (image/png or image/jpeg) and the map's version, which names it in caches. */
public record MapImage(byte[] content, String mediaType, long version) implements Serializable {

    /** The largest picture accepted: transports refuse bigger bodies before buffering them. */
    public static final int MAX_BYTES = PlanImage.MAX_BYTES;
}
