package org.argusvms.web.view;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CameraStateBadgeTest {

    @ParameterizedTest
    @CsvSource({
            "STREAMING, Streaming, ok",
            "CONNECTING, Connecting, warn",
            "DISCONNECTED, Disconnected, bad",
            "DISABLED, Disabled, off",
            "UNKNOWN, Unknown, off",
            "streaming, Streaming, ok"})
    void recorderStatesGetALabelAndATone(String state, String label, String tone) {
        CameraStateBadge badge = CameraStateBadge.forState(state);

        assertEquals(label, badge.label());
        assertEquals(tone, badge.tone());
    }

    @Test
    void aStateTheClientDoesNotKnowShowsAsUnknownInsteadOfBreakingThePage() {
        assertEquals(CameraStateBadge.UNKNOWN, CameraStateBadge.forState("RECORDING_TO_MARS"));
        assertEquals(CameraStateBadge.UNKNOWN, CameraStateBadge.forState(null));
    }
}
