package org.argusvms.simulator.rtsp;

/** The user name and password a camera demands. {@link #toString()} hides the password, so logs never show it. */
public record Credentials(String user, String password) {

    public Credentials {
        if (user == null || user.isEmpty() || user.contains(":")) {
            throw new IllegalArgumentException("user must be non-empty and contain no ':'");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("password must be non-empty");
        }
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=***]";
    }
}
