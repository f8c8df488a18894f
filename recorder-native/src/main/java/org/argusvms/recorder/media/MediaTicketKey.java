package org.argusvms.recorder.media;

import java.util.function.Consumer;

/**
 * The key that verifies media tickets, as last received in the management server's welcome. Until one arrived the
 * recorder cannot tell valid tickets from forged ones, so live requests are answered 503.
 */
public final class MediaTicketKey implements Consumer<byte[]> {

    private volatile byte[] key;

    @Override
    public void accept(byte[] newKey) {
        key = newKey.clone();
    }

    /** The current key, or null before the first welcome. */
    byte[] current() {
        return key;
    }
}
