package org.argusvms.management.domain.model.hardware;

/** A user name and password for a piece of hardware, either may be null; printing it never shows the password. */
public record Credentials(String username, String password) {

    public static final Credentials NONE = new Credentials(null, null);

    @Override
    public String toString() {
        return "Credentials[username=" + username + ", password=" + (password == null ? "none" : "***") + "]";
    }
}
