package org.argusvms.recorder.onvif;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Sends ONVIF operations as SOAP 1.2 over HTTP and returns the response's body element; SOAP faults become
 * {@link OnvifException}s with the fault's subcode. Requests carry a UsernameToken when credentials are set, dated
 * by the device's clock (cameras refuse tokens dated too far from their own time).
 */
final class SoapClient {

    /** ONVIF responses are kilobytes; a profile list of a large encoder is some tens. */
    static final int MAX_RESPONSE_BYTES = 1024 * 1024;
    /** Fault reasons end up in logs and command answers: a sentence fits, a page does not. */
    private static final int MAX_REASON_LENGTH = 200;

    private final HttpClient http;
    private final Duration requestTimeout;
    private final Optional<UsernameToken> token;
    private final Clock clock;
    private volatile Duration deviceClockOffset = Duration.ZERO;

    SoapClient(HttpClient http, Duration requestTimeout, Optional<UsernameToken> token, Clock clock) {
        this.http = http;
        this.requestTimeout = requestTimeout;
        this.token = token;
        this.clock = clock;
    }

    /** Dates the following tokens by the device's clock, which is {@code offset} ahead of ours. */
    void setDeviceClockOffset(Duration offset) {
        this.deviceClockOffset = offset;
    }

    /** Sends an operation that needs no authentication (ONVIF access class PRE_AUTH). */
    Element callAnonymously(URI address, OnvifNamespace service, String operation, String body)
            throws OnvifException {
        return post(address, service, operation, "", body);
    }

    Element call(URI address, OnvifNamespace service, String operation, String body) throws OnvifException {
        String header = token.map(usernameToken -> usernameToken.header(clock.instant().plus(deviceClockOffset)))
                .orElse("");
        return post(address, service, operation, header, body);
    }

    private Element post(URI address, OnvifNamespace service, String operation, String header, String body)
            throws OnvifException {
        String action = service.uri() + "/" + operation;
        HttpRequest request = HttpRequest.newBuilder(address).timeout(requestTimeout)
                .header("Content-Type", "application/soap+xml; charset=utf-8; action=\"" + action + "\"")
                .POST(HttpRequest.BodyPublishers.ofString(Soap.envelope(header, body), StandardCharsets.UTF_8))
                .build();
        HttpResponse<InputStream> response;
        byte[] content;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                content = in.readNBytes(MAX_RESPONSE_BYTES + 1);
            }
        } catch (HttpTimeoutException e) {
            throw new OnvifException(operation + " at " + address + ": no answer within " + requestTimeout.toMillis()
                    + " ms", e);
        } catch (IOException e) {
            throw new OnvifException(operation + " at " + address + ": cannot reach the camera (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OnvifException(operation + " at " + address + ": interrupted", e);
        }
        if (content.length > MAX_RESPONSE_BYTES) {
            throw new OnvifException(operation + " at " + address + ": response larger than " + MAX_RESPONSE_BYTES
                    + " bytes");
        }
        return responseBody(address, operation, response.statusCode(), content);
    }

    private static Element responseBody(URI address, String operation, int status, byte[] content)
            throws OnvifException {
        Document document;
        try {
            document = Soap.parse(content);
        } catch (SAXException | IOException e) {
            throw new OnvifException(operation + " at " + address + ": HTTP " + status + " without a SOAP answer", e);
        }
        Optional<Element> fault = Soap.first(document, OnvifNamespace.SOAP, "Fault");
        if (fault.isPresent()) {
            throw fault(address, operation, status, fault.get());
        }
        Element body = Soap.first(document, OnvifNamespace.SOAP, "Body").orElse(null);
        if (status != 200 || body == null) {
            throw new OnvifException(operation + " at " + address + ": HTTP " + status + " without a SOAP answer");
        }
        return body;
    }

    /** The innermost subcode names what went wrong (ter:NotAuthorized, ter:NoProfile, ...); the reason explains it. */
    private static OnvifException fault(URI address, String operation, int status, Element fault) {
        List<String> subcodes = Soap.all(fault, OnvifNamespace.SOAP, "Subcode").stream()
                .flatMap(subcode -> Soap.first(subcode, OnvifNamespace.SOAP, "Value").stream())
                .map(value -> localPart(value.getTextContent().trim()))
                .toList();
        String subcode = subcodes.isEmpty() ? "no subcode" : subcodes.get(subcodes.size() - 1);
        String reason = Soap.text(fault, OnvifNamespace.SOAP, "Text").orElse("no reason given");
        if (reason.length() > MAX_REASON_LENGTH) {
            reason = reason.substring(0, MAX_REASON_LENGTH) + "...";
        }
        return new OnvifException(operation + " at " + address + " failed (HTTP " + status + ", " + subcode + "): "
                + reason, subcodes, null);
    }

    private static String localPart(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.indexOf(':') + 1);
    }
}
