/** The service-desk REST API under {@code /api/v1/tickets}: every call acts as the token's owner. */
@NullMarked
package dev.keel.ticket.api;

import org.jspecify.annotations.NullMarked;
