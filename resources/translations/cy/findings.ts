<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>AnswersBox</name>
    <message>
        <source>Enquiry questions this finding answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s response at the feedback meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the host said about this finding at the end-of-day feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host&apos;s &amp;response at feedback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review has no enquiry questions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change enquiry questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the host&apos;s response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceCounts</name>
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
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contradicting</source>
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
    <name>ExcellenceBox</name>
    <message>
        <source>The host&apos;s nomination and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;alidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate one of the host&apos;s nominations with this finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the host&apos;s consent to share it with the partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw co&amp;nsent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the host&apos;s consent to share it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validates the host&apos;s nomination “{title}” ({who}, {day}).
{consent}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validates none of the host&apos;s nominations: it will not print as the school&apos;s Area of Excellence.
Validate one once its evidence is linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host nominated no Area of Excellence: this prints as the review&apos;s.
The host&apos;s nominations are recorded on the Planning page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate a nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team validates the host&apos;s nomination with this finding and the evidence linked to it: “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the host&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host agrees to share this Area of Excellence with the partnership. Only the headteacher or a host leader on the team can give that consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the consent to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host takes back its consent: the partnership no longer sees this Area of Excellence. The report still prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent not withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (now validated by another finding)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExcellenceDialog</name>
    <message>
        <source>The host&apos;s nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nomination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who on the host&apos;s side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingEditor</name>
    <message>
        <source>Finding editor</source>
        <extracomment>The person asked to unlink these notes from the finding being edited.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgement language warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;miss with reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the warning with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triangulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework strands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence notes linked to this finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlin&amp;k selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink the selected evidence notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquiry &amp;questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of E&amp;xcellence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame&amp;work strands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;upporting evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding or a next step to edit it.</source>
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
    <message>
        <source>Warning dismissed for {terms}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change strands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not dismissed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings by kind, and next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add area for development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an area for development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Area of Excellence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an Area of Excellence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected finding or next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete (in the list: the Delete key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the list, Insert adds to the group in focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find evidence notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter the review&apos;s evidence notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin&amp;d notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review&apos;s evidence notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link selected to finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the selected notes to the finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or drag notes onto a finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New area for development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Area of Excellence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not unlinked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModerationPage</name>
    <message>
        <source>Moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for team confirmation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emerging findings and each reviewer&apos;s position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected finding&apos;s evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, in a sentence (the evidence you have in mind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recor&amp;d position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the reviewer&apos;s position on this finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contradicted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{position} (earlier wording)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{position} (not recorded by them or the lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n finding(s) still need a position from every reviewer, or have a disagreement to resolve, before the review can be team confirmed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>— not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviewers on this review&apos;s team yet: add them on the Planning page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every reviewer has agreed or questioned every finding, and nobody disagrees: the review can be team confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding to see its evidence and positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({position}): {comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Keep this wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the judgement language warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer reviews are developmental. Say why this finding keeps {terms} (for example: quoting the school&apos;s own self-evaluation). The reason is kept with the finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Triangulation</name>
    <message>
        <source>Rests on a single source: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contradicted by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(counts kept after the notes were purged)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriangulationWords</name>
    <message numerus="yes">
        <source>%n working note(s) of the team linked: they do not count.</source>
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
    <name>findings</name>
    <message>
        <source>Strengths (What went well)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas for development (Even better if)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas of Excellence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ single source: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgement language: {terms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {title}. {evidence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
