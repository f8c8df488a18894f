package org.argusvms.management.domain.model.hardware;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/** Where a device sits on its hardware: channels are numbered per kind (camera 0, microphone 0, output 0, ...). */
public record DeviceSlot(DeviceKind kind, int channel) {

    /** The index of the first slot in {@code slots} that an earlier one already takes, if any. */
    public static OptionalInt firstDuplicate(List<DeviceSlot> slots) {
        Set<DeviceSlot> seen = new HashSet<>();
        for (int i = 0; i < slots.size(); i++) {
            if (!seen.add(slots.get(i))) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    @Override
    public String toString() {
        return kind + " channel " + channel;
    }
}
