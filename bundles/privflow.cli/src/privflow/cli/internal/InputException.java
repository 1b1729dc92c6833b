// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

/** A problem with what the user gave: a file, a key, a name. Exit code 2, message only, no stack trace. */
final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InputException(String message) {
        super(message);
    }

    InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
