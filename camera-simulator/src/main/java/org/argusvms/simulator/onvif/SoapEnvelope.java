package org.argusvms.simulator.onvif;

/** Writes response envelopes; bodies are built as text with every value from outside escaped. */
final class SoapEnvelope {

    private SoapEnvelope() {
    }

    static String wrap(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<env:Envelope " + Namespaces.DECLARATIONS
                + "><env:Body>" + body + "</env:Body></env:Envelope>\n";
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
