package org.carejournal.report;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;

/** An exported calendar read back with ical4j's parser, as a calendar program would read it. */
final class ParsedCalendar {
    final Calendar calendar;
    /** Events by UID, in file order. */
    final Map<String, VEvent> events = new LinkedHashMap<>();

    private ParsedCalendar(Calendar calendar) {
        this.calendar = calendar;
        for (VEvent e : calendar.<VEvent>getComponents("VEVENT")) events.put(e.getUid().get().getValue(), e);
    }

    static ParsedCalendar parse(String text) {
        try {
            return new ParsedCalendar(new CalendarBuilder().build(new StringReader(text)));
        } catch (IOException | ParserException e) {
            throw new AssertionError("The export does not parse: " + e.getMessage() + "\n" + text, e);
        }
    }

    VEvent event(String uidPrefix) {
        VEvent e = events.get(uidPrefix + "@" + IcsPlan.JOURNAL_UID);
        if (e == null) throw new AssertionError("No event " + uidPrefix + " among " + events.keySet());
        return e;
    }

    /** A property as written, unfolded and without its line break, e.g. {@code DTSTART;VALUE=DATE:20270110}. */
    static String line(VEvent e, String name) {
        return e.getProperty(name).map(Property::toString).map(String::strip).orElse(null);
    }

    static String value(VEvent e, String name) {
        return e.getProperty(name).map(Property::getValue).orElse(null);
    }

    /** Each alarm's action and trigger, e.g. {@code DISPLAY -P1D}. */
    static List<String> alarms(VEvent e) {
        return e.getAlarms().stream()
                .map(a -> a.getAction().get().getValue() + " " + a.getTrigger().get().getValue())
                .toList();
    }

    static List<VAlarm> alarmComponents(VEvent e) {
        return e.getAlarms();
    }
}
