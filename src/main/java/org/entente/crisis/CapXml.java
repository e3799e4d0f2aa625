package org.entente.crisis;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes alerts as OASIS CAP 1.2 XML and a crisis's public alerts as an Atom feed. */
public final class CapXml {

    static final String CAP = "urn:oasis:names:tc:emergency:cap:1.2";
    static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final DateTimeFormatter CAP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
            .withZone(ZoneOffset.UTC);

    private CapXml() {
    }

    /** CAP's date-time form: whole seconds and a numeric offset, never "Z". */
    static String time(Instant instant) {
        return CAP_TIME.format(instant);
    }

    public static String alert(CapAlert a) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.setDefaultNamespace(CAP);
            x.writeStartElement(CAP, "alert");
            x.writeDefaultNamespace(CAP);
            text(x, "identifier", a.identifier());
            text(x, "sender", a.sender());
            text(x, "sent", time(a.sent()));
            text(x, "status", a.status().cap());
            text(x, "msgType", a.msgType().cap());
            text(x, "scope", a.scope().cap());
            if (a.scope() == Cap.Scope.RESTRICTED) {
                text(x, "restriction", "Partners of the Entente liaison network");
            }
            if (a.note() != null) {
                text(x, "note", a.note());
            }
            if (a.references() != null) {
                text(x, "references", a.references());
            }
            for (AlertInfo i : a.infos()) {
                x.writeStartElement(CAP, "info");
                text(x, "language", i.language());
                text(x, "category", i.category().cap());
                text(x, "event", i.event());
                text(x, "urgency", i.urgency().cap());
                text(x, "severity", i.severity().cap());
                text(x, "certainty", i.certainty().cap());
                if (i.expires() != null) {
                    text(x, "expires", time(i.expires()));
                }
                text(x, "senderName", "Entente liaison network: " + a.issuer().value());
                text(x, "headline", i.headline());
                if (i.description() != null && !i.description().isBlank()) {
                    text(x, "description", i.description());
                }
                if (i.instruction() != null && !i.instruction().isBlank()) {
                    text(x, "instruction", i.instruction());
                }
                x.writeStartElement(CAP, "area");
                text(x, "areaDesc", i.areaDesc());
                if (i.polygon() != null) {
                    text(x, "polygon", i.polygon());
                }
                if (i.geocodeName() != null && !i.geocodeName().isBlank()) {
                    x.writeStartElement(CAP, "geocode");
                    text(x, "valueName", i.geocodeName());
                    text(x, "value", i.geocodeValue());
                    x.writeEndElement();
                }
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing CAP XML to a string cannot fail", e);
        }
        return out.toString();
    }

    /** An Atom feed of a crisis's public alerts, newest first, each linking to its CAP document. */
    public static String atom(Crisis crisis, List<CapAlert> alerts, String base) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.setDefaultNamespace(ATOM);
            x.writeStartElement(ATOM, "feed");
            x.writeDefaultNamespace(ATOM);
            atom(x, "id", "urn:entente:crisis:" + crisis.code() + ":alerts");
            atom(x, "title", crisis.name() + ": alerts");
            atom(x, "updated", alerts.isEmpty() ? crisis.startedAt().toString() : alerts.get(0).sent().toString());
            x.writeStartElement(ATOM, "author");
            atom(x, "name", "Entente liaison network");
            x.writeEndElement();
            for (CapAlert a : alerts) {
                AlertInfo first = a.infos().get(0);
                x.writeStartElement(ATOM, "entry");
                atom(x, "id", "urn:entente:alert:" + a.identifier());
                atom(x, "title", a.msgType().cap() + ": " + first.headline());
                atom(x, "updated", a.sent().toString());
                atom(x, "summary", first.event() + " (" + first.severity().cap() + ", " + first.urgency().cap() + ")");
                x.writeEmptyElement(ATOM, "link");
                x.writeAttribute("rel", "alternate");
                x.writeAttribute("type", "application/cap+xml");
                x.writeAttribute("href", base + "/api/v1/crises/" + crisis.id() + "/alerts/" + a.id() + "/cap.xml");
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing Atom XML to a string cannot fail", e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(CAP, name);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static void atom(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(ATOM, name);
        x.writeCharacters(value);
        x.writeEndElement();
    }
}
