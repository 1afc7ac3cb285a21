<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ForksTab</name>
    <message numerus="yes">
        <source>Took in %n change(s) from {laptop}.</source>
        <translation>
            <numerusform>Took in %n change from {laptop}.</numerusform>
            <numerusform>Took in %n changes from {laptop}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would overwrite a later change here and stay listed.</source>
        <translation>
            <numerusform>%n would overwrite a later change here and stays listed.</numerusform>
            <numerusform>%n would overwrite a later change here and stay listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop the %n change(s) kept from {laptop}? Their text is then gone from this laptop.</source>
        <translation>
            <numerusform>Drop the %n change kept from {laptop}? Its text is then gone from this laptop.</numerusform>
            <numerusform>Drop the %n changes kept from {laptop}? Their text is then gone from this laptop.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message numerus="yes">
        <source>Wrote {file}: %n entries for {people}.</source>
        <translation>
            <numerusform>Wrote {file}: %n entry for {people}.</numerusform>
            <numerusform>Wrote {file}: %n entries for {people}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>%n quarantined</numerusform>
            <numerusform>%n quarantined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not complete yet</source>
        <translation>
            <numerusform>%n not complete yet</numerusform>
            <numerusform>%n not complete yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (see the log)</source>
        <translation>
            <numerusform>%n skipped (see the log)</numerusform>
            <numerusform>%n skipped (see the log)</numerusform>
        </translation>
    </message>
</context>
</TS>
