<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArchivedNotice</name>
    <message numerus="yes">
        <source>%n archived review(s) not listed.</source>
        <translation>
            <numerusform>%n archived review is not listed.</numerusform>
            <numerusform>%n archived reviews are not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasureNotice</name>
    <message numerus="yes">
        <source>%n safeguarding concern(s) handed over to the school&apos;s DSL are due to be erased from this computer.</source>
        <translation>
            <numerusform>%n safeguarding concern handed over to the school&apos;s DSL is due to be erased from this computer.</numerusform>
            <numerusform>%n safeguarding concerns handed over to the school&apos;s DSL are due to be erased from this computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
