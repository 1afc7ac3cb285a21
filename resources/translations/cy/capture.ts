<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>CapturePage</name>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture panes</source>
        <extracomment>What &quot;now&quot; is; tests set a fixed clock to pick the activity happening now.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in the notes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by strand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by activity kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by enquiry question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stran&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revie&amp;wer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;uestion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first. Enter opens a note; Delete deletes it (undo restores it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new evidence note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a note for the activity happening now (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q{0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All strands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No strand yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n+ note(s)</source>
        <comment>more are loaded as the list scrolls</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FrameworkModel</name>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link to a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the note to link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words from the other note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corroborates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contradicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note &amp;is:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDelegate</name>
    <message>
        <source>(empty note)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note editor</source>
        <extracomment>The person asked for the link dialog (the page owns it: it knows the review). The person asked to delete the note shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was seen or heard. Stored as you type; there is no Save button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what you see and hear: contexts, not names. Stored as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a code or a name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number or words, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Delete to remove the selected link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lin&amp;k to a note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to another note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark another note as corroborating or contradicting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this note (undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose New note (Ctrl+N) to start a note for the activity happening now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{arrow} corroborates: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{arrow} contradicts: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change activity kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyBanner</name>
    <message>
        <source>Privacy and wording reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy and wording reminder text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” may name a pupil or a member of staff. Notes describe contexts, not people: consider {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}”: {1}. Notes describe what was seen and heard, not verdicts: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n more underlined.)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidePane</name>
    <message>
        <source>Timetable and framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter on an activity to start a note for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework strands and evidence counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter on a strand to list its notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ramework</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesRows</name>
    <message>
        <source>Meeting with</source>
        <extracomment>The reviewer chose who the meeting was with (old, new). The reviewer ticked or cleared a source: (the sources chosen before, the ticked ones).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents, data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of evidence: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A working note of the team: it never counts as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the activity implies; tick to change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagField</name>
    <message>
        <source>{0} chosen</source>
        <extracomment>(old keys, new keys) after the person added or removed a tag. Ctrl+Z / Ctrl+Shift+Z in the field with no typing of its own to undo or redo.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Delete to remove the selected tag.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimetableModel</name>
    <message>
        <source>{kind}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}  {activity}  ● now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>capture</name>
    <message>
        <source>who the meeting was with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag strands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag enquiry questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
