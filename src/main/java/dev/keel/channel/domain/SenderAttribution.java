package dev.keel.channel.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Who sent a message, from the first header that names a usable address: From, then Sender, Reply-To,
 * Return-Path and the envelope sender recorded by the receiving server (X-Envelope-From, Envelope-From,
 * X-Original-Sender). An address is usable when it has a local part and a domain; a domain without a
 * dot ({@code root@mailhost}) is legal on intranets. A header that a strict parser refuses (a display
 * name with a missing bracket, an address without brackets after the name, {@code mailto:}) is read
 * leniently: the address is the first address-shaped token in it.
 */
final class SenderAttribution {

    /** The headers tried, in order. */
    static final List<String> HEADERS = List.of(
            "From", "Sender", "Reply-To", "Return-Path", "X-Envelope-From", "Envelope-From", "X-Original-Sender");

    static final Pattern USABLE = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*");

    private static final Pattern TOKEN = Pattern.compile(
            "(?<![A-Za-z0-9!#$%&'*+/=?^_`{|}~.-])[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9][A-Za-z0-9.-]*");

    private SenderAttribution() {}

    /** The sender of a parsed message, if any header attributes it. */
    static Optional<ParsedMail.Address> attribute(ParsedMail mail) {
        for (String header : HEADERS) {
            Optional<ParsedMail.Address> address = read(mail.header(header));
            if (address.isPresent()) {
                return address;
            }
        }
        return Optional.empty();
    }

    /** The headers tried, for the quarantine reason when none attributes the message. */
    static String tried() {
        return String.join(", ", HEADERS) + ", envelope";
    }

    static boolean usable(@Nullable String address) {
        return address != null
                && address.length() <= 320
                && USABLE.matcher(address).matches();
    }

    /** One header value read strictly first, then leniently. */
    static Optional<ParsedMail.Address> read(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        for (ParsedMail.Address a : MailParser.addresses(value)) {
            if (usable(a.address())) {
                return Optional.of(a);
            }
        }
        String unfolded = EncodedWords.unfold(value);
        Matcher m = TOKEN.matcher(unfolded.replace("mailto:", " "));
        while (m.find()) {
            String address = m.group().replaceAll("[.-]+$", "").toLowerCase(Locale.ROOT);
            if (usable(address)) {
                String name = unfolded.substring(0, Math.max(0, unfolded.indexOf(m.group())))
                        .replaceAll("[<>\"()]", " ")
                        .replace("mailto:", " ")
                        .replaceAll("\\s+", " ")
                        .strip();
                return Optional.of(new ParsedMail.Address(address, name.isEmpty() ? null : EncodedWords.decode(name)));
            }
        }
        return Optional.empty();
    }
}
