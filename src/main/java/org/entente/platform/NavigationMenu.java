package org.entente.platform;

import java.util.Comparator;
import java.util.List;

import org.entente.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * The main menu, made of every module's {@link Navigation} entries: the ones a viewer may use, in order. Pages get
 * it in their model; a page rendered straight from an error, which gets no model, asks the bean for the entries
 * anyone may use ({@code @navigationMenu.forAnyone()} in the layout), so that no page is left without a menu.
 */
@Component("navigationMenu")
public class NavigationMenu {

    private final List<Navigation> navigation;

    NavigationMenu(List<Navigation> navigation) {
        this.navigation = navigation;
    }

    /** The entries this viewer may use, in order; a page with no viewer (an error page) is read as anonymous. */
    public List<Navigation.Entry> entriesFor(Actor viewer) {
        Actor who = viewer == null ? Actor.anonymous() : viewer;
        return navigation.stream().flatMap(n -> n.entries().stream()).filter(e -> e.shownTo().test(who))
                .sorted(Comparator.comparingInt(Navigation.Entry::order)).toList();
    }

    public List<Navigation.Entry> forAnyone() {
        return entriesFor(Actor.anonymous());
    }
}
