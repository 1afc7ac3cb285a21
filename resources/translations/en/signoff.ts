<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ReportPreview</name>
    <message numerus="yes">
        <source>%n page(s). Scroll with the arrow keys, Page Up and Page Down, Home and End.</source>
        <translation>
            <numerusform>%n page. Scroll with the arrow keys, Page Up and Page Down, Home and End.</numerusform>
            <numerusform>%n pages. Scroll with the arrow keys, Page Up and Page Down, Home and End.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message numerus="yes">
        <source>Purge %n day(s) after signing</source>
        <translation>
            <numerusform>Purge %n day after signing</numerusform>
            <numerusform>Purge %n days after signing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) will be purged on {date}.</source>
        <translation>
            <numerusform>%n note will be purged on {date}.</numerusform>
            <numerusform>%n notes will be purged on {date}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fixed at signing: notes purged %n day(s) after. Findings, actions and the signed report are kept.</source>
        <translation>
            <numerusform>Fixed at signing: notes purged %n day after. Findings, actions and the signed report are kept.</numerusform>
            <numerusform>Fixed at signing: notes purged %n days after. Findings, actions and the signed report are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignoffPage</name>
    <message numerus="yes">
        <source>%n evidence note(s) could identify one teacher or use wording the guards flag. Print them in the appendix?</source>
        <translation>
            <numerusform>%n evidence note could identify one teacher or use wording the guards flag. Print it in the appendix?</numerusform>
            <numerusform>%n evidence notes could identify one teacher or use wording the guards flag. Print them in the appendix?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview of the report (%n page(s)).</source>
        <translation>
            <numerusform>Preview of the report (%n page).</numerusform>
            <numerusform>Preview of the report (%n pages).</numerusform>
        </translation>
    </message>
</context>
</TS>
