package org.entente.recruitment.web;

import java.util.List;

import org.entente.platform.Navigation;
import org.springframework.stereotype.Component;

/** The public recruiter lookup, in everyone's navigation: a worker checks a recruiter before paying anyone. */
@Component
class RecruitmentNavigation implements Navigation {

    @Override
    public List<Navigation.Entry> entries() {
        return List.of(Navigation.Entry.forEveryone(94, "nav.recruiters", "/recruiters"));
    }
}
