package dev.keel.ticket.web;

import dev.keel.identity.UserDirectory;
import dev.keel.ticket.Channel;
import dev.keel.ticket.Impact;
import dev.keel.ticket.PendingReason;
import dev.keel.ticket.Priority;
import dev.keel.ticket.ResolutionCode;
import dev.keel.ticket.TicketStatus;
import dev.keel.ticket.TicketType;
import dev.keel.ticket.Urgency;
import dev.keel.ticket.domain.CategoryChoices;
import dev.keel.ticket.domain.LinkKind;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices the workspace forms offer: groups, categories, organisations and the enumerations. */
@Component
class ReferenceData {

    /** The channels an agent may record a ticket from. */
    static final List<Channel> AGENT_CHANNELS =
            List.of(Channel.PHONE, Channel.WALK_IN, Channel.ON_SITE, Channel.EMAIL, Channel.CHAT);

    private final UserDirectory directory;
    private final CategoryChoices categories;

    ReferenceData(UserDirectory directory, CategoryChoices categories) {
        this.directory = directory;
        this.categories = categories;
    }

    Names names(Locale locale) {
        return new Names(directory, categories, locale);
    }

    void addTo(Model model, Locale locale) {
        model.addAttribute("allGroups", directory.groups());
        model.addAttribute("categories", categories.active(locale));
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("types", TicketType.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("impacts", Impact.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("agentChannels", AGENT_CHANNELS);
        model.addAttribute("pendingReasons", PendingReason.values());
        model.addAttribute("resolutionCodes", ResolutionCode.values());
        model.addAttribute("linkKinds", LinkKind.values());
    }

    void addOrganisations(Model model) {
        model.addAttribute("organisations", directory.organisations());
    }
}
