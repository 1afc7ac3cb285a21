<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>Banner</name>
    <message>
        <source>Message</source>
        <extracomment>The banner closed (Dismiss, Escape or its action); True when it had keyboard focus, which its owner then gives back to the content.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act on the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this message (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuardNotice</name>
    <message>
        <source>Wording to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskHandle</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a11y</name>
    <message>
        <source>{0}: choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: suggestions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <source>Peerview is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peerview is already open on this data folder, so this window will not open a second copy (two copies could overwrite each other&apos;s notes).

Switch to the Peerview window that is already open. If you cannot find it, close it from the taskbar, or choose another data folder in Settings.

Details: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peerview cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peerview cannot continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peerview has to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong that Peerview cannot recover from. Your notes are saved as you go, so nothing you entered is lost.

Details: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
