package dev.keel.shared;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A message argument that is itself translated, e.g. a status name inside an error text:
 * {@code new DomainException(..., MessageKey.of("ticket.status.RESOLVED"))}.
 */
public final class MessageKey extends DefaultMessageSourceResolvable {

    private MessageKey(String code) {
        super(new String[] {code}, code);
    }

    public static MessageKey of(String code) {
        return new MessageKey(code);
    }

    @Override
    public String toString() {
        return getCode() == null ? "" : getCode();
    }
}
