package dev.keel.search.domain;

/** Field names of the ticket index. Free text is indexed twice: {@code _zh} (smartcn) and {@code _en}. */
final class TicketFields {

    static final String INDEX = "ticket";
    static final String NUMBER = "number";
    static final String TITLE_ZH = "title_zh";
    static final String TITLE_EN = "title_en";
    static final String DESCRIPTION_ZH = "description_zh";
    static final String DESCRIPTION_EN = "description_en";
    /** Public replies: everyone who sees the ticket may match and read them. */
    static final String PUBLIC_ZH = "public_zh";

    static final String PUBLIC_EN = "public_en";
    /** Internal notes: queried and highlighted only for agents. */
    static final String INTERNAL_ZH = "internal_zh";

    static final String INTERNAL_EN = "internal_en";
    static final String TITLE = "title";
    static final String TYPE = "type";
    static final String STATUS = "status";
    static final String PRIORITY = "priority";
    static final String CATEGORY = "categoryId";
    static final String ORGANISATION = "organisationId";
    static final String REQUESTER = "requesterId";
    static final String GROUP = "groupId";
    static final String ASSIGNEE = "assigneeId";
    static final String CREATED = "createdAt";
    static final String UPDATED = "updatedAt";

    private TicketFields() {}
}
