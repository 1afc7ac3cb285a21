<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>EvidenceCounts</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewer(s)</source>
        <translation>
            <numerusform>%n reviewer</numerusform>
            <numerusform>%n reviewers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contradicting</source>
        <translation>
            <numerusform>%n contradicting</numerusform>
            <numerusform>%n contradicting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModerationPage</name>
    <message numerus="yes">
        <source>{0} of %n finding(s) still need a position from every reviewer, or have a disagreement to resolve, before the review can be team confirmed.</source>
        <translation>
            <numerusform>{0} of %n finding still needs a position from every reviewer, or has a disagreement to resolve, before the review can be team confirmed.</numerusform>
            <numerusform>{0} of %n findings still need a position from every reviewer, or have a disagreement to resolve, before the review can be team confirmed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriangulationWords</name>
    <message numerus="yes">
        <source>%n working note(s) of the team linked: they do not count.</source>
        <translation>
            <numerusform>%n working note of the team linked: it does not count.</numerusform>
            <numerusform>%n working notes of the team linked: they do not count.</numerusform>
        </translation>
    </message>
</context>
</TS>
