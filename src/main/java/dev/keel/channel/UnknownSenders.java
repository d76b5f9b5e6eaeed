package dev.keel.channel;

/** What a mailbox does with mail from an address no user has. */
public enum UnknownSenders {
    /** Register a requester for the address and take the mail in. */
    CREATE,
    /** Answer once a day per address with a polite refusal and quarantine the mail. */
    REFUSE
}
