package org.argusvms.web.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The OpenID Connect RP-initiated logout URL (the provider's end_session_endpoint). With the ID token as hint
 * Keycloak ends the single sign-on session without asking the user to confirm, then sends the browser back.
 */
final class EndSessionUrl {

    private EndSessionUrl() {
    }

    static String of(String endSessionEndpoint, String clientId, String idTokenHint, String postLogoutRedirectUri) {
        Map<String, String> query = new LinkedHashMap<>();
        if (idTokenHint != null && !idTokenHint.isBlank()) {
            query.put("id_token_hint", idTokenHint);
        }
        if (clientId != null && !clientId.isBlank()) {
            query.put("client_id", clientId);
        }
        query.put("post_logout_redirect_uri", postLogoutRedirectUri);
        String encoded = query.entrySet().stream()
                .map(parameter -> parameter.getKey() + "=" + URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return endSessionEndpoint + (endSessionEndpoint.contains("?") ? "&" : "?") + encoded;
    }
}
