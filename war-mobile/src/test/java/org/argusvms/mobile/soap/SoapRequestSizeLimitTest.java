package org.argusvms.mobile.soap;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SoapRequestSizeLimitTest {

    @Test
    void aBodyUpToTheLimitIsReadWhole() throws IOException {
        InputStream body = limited(SoapRequestSizeLimit.MAX_BODY_BYTES);

        assertEquals(SoapRequestSizeLimit.MAX_BODY_BYTES, body.readAllBytes().length);
    }

    @Test
    void aLongerBodyWithoutDeclaredLengthIsCutOffAtTheLimit() {
        InputStream body = limited(SoapRequestSizeLimit.MAX_BODY_BYTES + 1);

        IOException tooLarge = assertThrows(IOException.class, body::readAllBytes);
        assertEquals("SOAP request larger than 65536 bytes", tooLarge.getMessage());
    }

    private static InputStream limited(int size) {
        ByteArrayInputStream bytes = new ByteArrayInputStream(new byte[size]);
        return new SoapRequestSizeLimit.LimitedInputStream(new ServletInputStream() {
            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return bytes.read(buffer, offset, length);
            }

            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
            }
        });
    }
}
