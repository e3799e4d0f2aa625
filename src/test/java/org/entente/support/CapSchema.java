package org.entente.support;

import java.io.StringReader;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

/** The OASIS CAP 1.2 schema, shipped under test resources, for validating what Entente writes. */
public final class CapSchema {

    private CapSchema() {
    }

    public static Schema schema() throws Exception {
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(CapSchema.class.getResource("/cap/cap-1.2.xsd"));
    }

    /** Throws a {@link org.xml.sax.SAXException} naming the first violation. */
    public static void assertValid(String xml) throws Exception {
        schema().newValidator().validate(new StreamSource(new StringReader(xml)));
    }
}
