package org.entente.grievance.web;

import org.entente.grievance.Casework;
import org.entente.grievance.GrievanceStatistics;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public pages: grievance figures, small counts suppressed, and the regional panels' published decisions. */
@Controller
class StatisticsPages {

    private final GrievanceStatistics statistics;
    private final Casework casework;

    StatisticsPages(GrievanceStatistics statistics, Casework casework) {
        this.statistics = statistics;
        this.casework = casework;
    }

    @GetMapping("/grievances/statistics")
    String statistics(Model model) {
        model.addAttribute("stats", statistics.current());
        return "grievance/statistics";
    }

    @GetMapping("/grievances/decisions")
    String decisions(Model model) {
        model.addAttribute("decisions", casework.publishedDecisions());
        return "grievance/decisions";
    }
}
