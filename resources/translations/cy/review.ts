<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>CoverageModel</name>
    <message>
        <source>Strand or enquiry question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} strands thin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All strands supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} questions thin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquiry questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thin: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>few notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <source>Coverage</source>
        <extracomment>New counts are on screen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage by strand and enquiry question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thin means fewer than {0} notes, or from fewer than {1} sources of evidence (pupils&apos; talk, observation, documents...), or {2} activities, or {3} reviewers: not yet triangulated. The team&apos;s own meetings never count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the evidence: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} strands: {1} supported, {2} thin, {3} with no evidence yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} notes have no strand yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Review overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWorkspace</name>
    <message>
        <source>Review workspace</source>
        <extracomment>The person asked to go back to the list of reviews.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host school and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
