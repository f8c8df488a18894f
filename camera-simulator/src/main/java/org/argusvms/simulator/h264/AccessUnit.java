package org.argusvms.simulator.h264;

import java.util.List;

/** The NAL units of one coded picture (one video frame), in decoding order. */
public record AccessUnit(List<NalUnit> nalUnits) {

    public AccessUnit {
        nalUnits = List.copyOf(nalUnits);
        if (nalUnits.isEmpty()) {
            throw new IllegalArgumentException("an access unit needs at least one NAL unit");
        }
    }

    public boolean isIdr() {
        return nalUnits.stream().anyMatch(NalUnit::isIdr);
    }

    public boolean contains(int nalType) {
        return nalUnits.stream().anyMatch(nal -> nal.type() == nalType);
    }
}
