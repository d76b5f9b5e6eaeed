/**
 * The e-mail channel: mailboxes polled over IMAP, every received message stored raw before anything
 * else, parsed whatever its MIME structure and charsets, classified (auto-replies, bounces, loops),
 * threaded onto tickets or opened as new ones, and quarantined with a reason when it cannot be either.
 * Outbound threading headers come from the notification module, which asks this module through
 * {@link dev.keel.notification.MailThreads}.
 */
@ApplicationModule(allowedDependencies = {"shared", "web", "identity", "ticket", "notification"})
@NullMarked
package dev.keel.channel;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
