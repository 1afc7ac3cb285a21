<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Edit activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers on this activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space to tick or untick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired host leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired &amp;host leader:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the activity a title, a place or a subject.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExcellencePanel</name>
    <message>
        <source>Areas of Excellence nominated by the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete takes back a nomination recorded by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host&apos;s Areas of E&amp;xcellence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;nomination…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a nomination from the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} · {nominated}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{nominated}; {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: the host puts one forward before the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomination not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomination kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete nomination</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NominationDialog</name>
    <message>
        <source>Add an Area of Excellence nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host school puts its Area of Excellence forward before the visit (the headteacher or a host leader on the team). The team validates it later, on the Findings page, with the evidence it found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the Area of Excellence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the host wrote about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What the host wrote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who nominated it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nominated by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day it was nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No later than the visit&apos;s first day, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the Area of Excellence a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the host&apos;s headteacher to the review team first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-evaluation summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ocus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review tea&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Self-evaluation summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquiry &amp;questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit &amp;timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert adds an activity, Enter edits it, Delete removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit activit&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <source>Enquiry questions</source>
        <extracomment>(question id, new text) typed into the list by the person</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 edits, Alt+Up and Alt+Down move, Delete removes a question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New enquiry question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new question and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add enquiry question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {0}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add enquiry question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit enquiry question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move enquiry question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete enquiry question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>Review team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete takes the selected person off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the person to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add to team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take off team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimetableModel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year or subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host leader</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
