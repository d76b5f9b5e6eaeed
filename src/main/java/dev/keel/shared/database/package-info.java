/** Which database Keel talks to, and the settings that make every supported one behave the same. */
@NullMarked
package dev.keel.shared.database;

import org.jspecify.annotations.NullMarked;
