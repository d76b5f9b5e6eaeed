package dev.keel.ticket.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The agent workspace: queues of tickets. */
@Controller
class WorkspaceQueueController {

    @GetMapping("/workspace")
    String workspace() {
        return "ticket/workspace/queue";
    }
}
