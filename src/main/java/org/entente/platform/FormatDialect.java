package org.entente.platform;

import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** Gives every template {@code #fmt}: the {@link Formats} of the page's language. */
@Component
class FormatDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "fmt";

    private final MessageSource messages;

    FormatDialect(MessageSource messages) {
        super("Entente formats");
        this.messages = messages;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {

            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return NAME.equals(name) ? new Formats(context.getLocale(), messages) : null;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
