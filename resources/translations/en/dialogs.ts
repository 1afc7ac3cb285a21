<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>%n kept (Peerview keeps the newest {0})</source>
        <translation>
            <numerusform>%n kept (Peerview keeps the newest {0})</numerusform>
            <numerusform>%n kept (Peerview keeps the newest {0})</numerusform>
        </translation>
    </message>
</context>
</TS>
