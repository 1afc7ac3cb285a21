<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FrameworkEditor</name>
    <message numerus="yes">
        <source>{name}, version {label} (%n review(s))</source>
        <translation>
            <numerusform>{name}, version {label} (%n review)</numerusform>
            <numerusform>{name}, version {label} (%n reviews)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving: each is shown next to its field and marked in the tree.</source>
        <translation>
            <numerusform>%n problem to fix before saving: it is shown next to its field and marked in the tree.</numerusform>
            <numerusform>%n problems to fix before saving: each is shown next to its field and marked in the tree.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{item} — %n problem(s)</source>
        <translation>
            <numerusform>{item} — %n problem</numerusform>
            <numerusform>{item} — %n problems</numerusform>
        </translation>
    </message>
</context>
</TS>
