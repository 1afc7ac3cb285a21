<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CapturePage</name>
    <message numerus="yes">
        <source>%n+ note(s)</source>
        <comment>more are loaded as the list scrolls</comment>
        <translation>
            <numerusform>%n+ notes</numerusform>
            <numerusform>%n+ notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FrameworkModel</name>
    <message numerus="yes">
        <source>{0}: %n note(s)</source>
        <translation>
            <numerusform>{0}: %n note</numerusform>
            <numerusform>{0}: %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyBanner</name>
    <message numerus="yes">
        <source>{0} (%n more underlined.)</source>
        <translation>
            <numerusform>{0} (%n more underlined.)</numerusform>
            <numerusform>{0} (%n more underlined.)</numerusform>
        </translation>
    </message>
</context>
</TS>
