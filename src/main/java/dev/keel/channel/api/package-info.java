/** The e-mail channel's REST API under {@code /api/v1/channel}: mailboxes (never passwords) and quarantine. */
@NullMarked
package dev.keel.channel.api;

import org.jspecify.annotations.NullMarked;
