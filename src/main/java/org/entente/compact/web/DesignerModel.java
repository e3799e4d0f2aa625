package org.entente.compact.web;

import org.entente.compact.CompactCatalogue;
import org.entente.compact.Direction;
import org.entente.compact.IndicatorUnit;
import org.entente.compact.ModuleCategory;
import org.entente.compact.PeriodType;
import org.entente.compact.Strength;
import org.entente.compact.Sunset;
import org.springframework.ui.Model;

/** What the module designer form needs besides the form itself, for drafting and for amending alike. */
final class DesignerModel {

    private DesignerModel() {
    }

    static String fill(Model model, CompactCatalogue.CompactView view, ModuleForm form, boolean creating, boolean amending) {
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        model.addAttribute("amending", amending);
        model.addAttribute("categories", ModuleCategory.values());
        model.addAttribute("strengths", Strength.values());
        model.addAttribute("units", IndicatorUnit.values());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("periods", PeriodType.values());
        model.addAttribute("sunsetKinds", Sunset.Kind.values());
        model.addAttribute("others", view.modules().stream().map(m -> m.module().code())
                .filter(c -> !c.equals(form.getCode())).toList());
        return "compact/module-form";
    }
}
