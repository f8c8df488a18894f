package org.argusvms.recorder.protocol;

/**
 * The rules a storage's directory on the recorder host must follow, shared by the management server (which refuses
 * bad input before anything is stored) and the recorder (which must not trust its peer): an absolute path, no
 * {@code .} or {@code ..} segments that could climb elsewhere, no control characters, at most 1024 characters.
 */
public final class StoragePaths {

    public static final int MAX_LENGTH = 1024;

    private StoragePaths() {
    }

    /** Returns what is wrong with {@code path}, or null when it is usable. */
    public static String problem(String path) {
        if (path == null || path.isBlank()) {
            return "path is required: the storage's directory on the recording server, e.g. /var/lib/argus/media";
        }
        if (path.length() > MAX_LENGTH) {
            return "path must be at most " + MAX_LENGTH + " characters";
        }
        if (path.chars().anyMatch(Character::isISOControl)) {
            return "path must not contain control characters";
        }
        boolean windowsAbsolute = path.length() >= 3 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':'
                && (path.charAt(2) == '\\' || path.charAt(2) == '/');
        if (!path.startsWith("/") && !windowsAbsolute) {
            return "path must be absolute (start with / or a drive letter such as D:\\), got a relative path";
        }
        for (String segment : path.split("[/\\\\]")) {
            if (segment.equals("..") || segment.equals(".")) {
                return "path must not contain '.' or '..' segments";
            }
        }
        return null;
    }
}
