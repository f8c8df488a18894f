package org.argusvms.recorder.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the integration tests that share one {@link RecorderFixture} (simulator, management stub, recorder) per
 * test class: starting a recorder per test would multiply the run time without testing more.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RecorderFixtureTest {

    protected RecorderFixture fixture;

    @BeforeAll
    void startFixture() throws Exception {
        fixture = new RecorderFixture();
    }

    @AfterAll
    void stopFixture() throws Exception {
        fixture.close();
    }
}
