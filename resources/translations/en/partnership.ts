<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DirectoryTab</name>
    <message numerus="yes">
        <source>In %n strand(s).</source>
        <translation>
            <numerusform>In %n strand.</numerusform>
            <numerusform>In %n strands.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found for &apos;{0}&apos;: %n entry(ies).</source>
        <translation>
            <numerusform>Found for &apos;{0}&apos;: %n entry.</numerusform>
            <numerusform>Found for &apos;{0}&apos;: %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the directory: %n entry(ies), each shared with its host&apos;s consent.</source>
        <translation>
            <numerusform>In the directory: %n entry, shared with its host&apos;s consent.</numerusform>
            <numerusform>In the directory: %n entries, each shared with its host&apos;s consent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewersTab</name>
    <message numerus="yes">
        <source>%n visit(s) without a trained lead: {0}. Choose a lead on the Schedule page.</source>
        <translation>
            <numerusform>%n visit has no trained lead: {0}. Choose a lead on the Schedule page.</numerusform>
            <numerusform>%n visits have no trained lead: {0}. Choose a lead on the Schedule page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message numerus="yes">
        <source>Round proposed: %n visit(s), every rule met.</source>
        <translation>
            <numerusform>Round proposed: %n visit, every rule met.</numerusform>
            <numerusform>Round proposed: %n visits, every rule met.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Round proposed: %n visit(s).</source>
        <translation>
            <numerusform>Round proposed: %n visit.</numerusform>
            <numerusform>Round proposed: %n visits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) could not be met, named beside the visits below.</source>
        <translation>
            <numerusform>%n rule could not be met, named beside the visit below.</numerusform>
            <numerusform>%n rules could not be met, named beside the visits below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemesTab</name>
    <message numerus="yes">
        <source>Schools: %n.</source>
        <translation>
            <numerusform>Schools: %n.</numerusform>
            <numerusform>Schools: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviews shared: %n.</source>
        <translation>
            <numerusform>Reviews shared: %n.</numerusform>
            <numerusform>Reviews shared: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n school(s) that did not agree to be named are counted, not shown.</source>
        <translation>
            <numerusform>%n school that did not agree to be named is counted, not shown.</numerusform>
            <numerusform>%n schools that did not agree to be named are counted, not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved and signed the annual partnership report {0} (%n page(s)).</source>
        <translation>
            <numerusform>Saved and signed the annual partnership report {0} (%n page).</numerusform>
            <numerusform>Saved and signed the annual partnership report {0} (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the annual partnership report {0} (%n page(s)), unsigned: only the partnership lead&apos;s laptop signs it.</source>
        <translation>
            <numerusform>Saved the annual partnership report {0} (%n page), unsigned: only the partnership lead&apos;s laptop signs it.</numerusform>
            <numerusform>Saved the annual partnership report {0} (%n pages), unsigned: only the partnership lead&apos;s laptop signs it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimingsBox</name>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
</TS>
