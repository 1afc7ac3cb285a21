<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CoveragePage</name>
    <message numerus="yes">
        <source>%n strand(s): {0} supported, {1} thin, {2} with no evidence yet.</source>
        <translation>
            <numerusform>%n strand: {0} supported, {1} thin, {2} with no evidence yet.</numerusform>
            <numerusform>%n strands: {0} supported, {1} thin, {2} with no evidence yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) have no strand yet.</source>
        <translation>
            <numerusform>%n note has no strand yet.</numerusform>
            <numerusform>%n notes have no strand yet.</numerusform>
        </translation>
    </message>
</context>
</TS>
