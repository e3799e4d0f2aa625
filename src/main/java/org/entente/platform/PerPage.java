package org.entente.platform;

import java.util.function.Supplier;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A value read once per page: the first call during a request reads it, the others reuse it, and the next request
 * reads it afresh, so a page of fifty names costs one query and never shows a stale one. Outside a request it is read
 * each time.
 */
public final class PerPage {

    private PerPage() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T memo(String key, Supplier<T> read) {
        RequestAttributes page = RequestContextHolder.getRequestAttributes();
        if (page == null) {
            return read.get();
        }
        Object known = page.getAttribute(PerPage.class.getName() + "." + key, RequestAttributes.SCOPE_REQUEST);
        if (known == null) {
            known = read.get();
            page.setAttribute(PerPage.class.getName() + "." + key, known, RequestAttributes.SCOPE_REQUEST);
        }
        return (T) known;
    }
}
