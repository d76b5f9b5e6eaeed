package dev.keel.shared;

import org.jspecify.annotations.Nullable;

/**
 * Who is acting, as far as the audit trail cares: the user name (or {@code system}) and the remote
 * address of the request, if there was one. Controllers receive it as a method argument.
 */
public record Actor(String name, @Nullable String remoteAddress) {

    public static final Actor SYSTEM = new Actor("system", null);
}
