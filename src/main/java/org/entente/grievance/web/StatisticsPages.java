package org.entente.grievance.web;

import org.entente.grievance.PanelDecisions;
import org.entente.grievance.GrievanceStatistics;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public pages: grievance figures, small counts suppressed, and the regional panels' published decisions. */
@Controller
class StatisticsPages {

    private final GrievanceStatistics statistics;
    private final PanelDecisions panel;

    StatisticsPages(GrievanceStatistics statistics, PanelDecisions panel) {
        this.statistics = statistics;
        this.panel = panel;
    }

    @GetMapping("/grievances/statistics")
    String statistics(Model model) {
        model.addAttribute("stats", statistics.current());
        return "grievance/statistics";
    }

    @GetMapping("/grievances/decisions")
    String decisions(Model model) {
        model.addAttribute("decisions", panel.published());
        return "grievance/decisions";
    }
}
