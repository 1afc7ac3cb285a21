<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>deadlines</name>
    <message>
        <source>Draft report</source>
        <translation>Adroddiad drafft</translation>
    </message>
    <message>
        <source>Quality assurance</source>
        <translation>Sicrhau ansawdd</translation>
    </message>
    <message>
        <source>Host&apos;s response</source>
        <translation>Ymateb yr ysgol letyol</translation>
    </message>
    <message>
        <source>Final signed report</source>
        <translation>Adroddiad terfynol wedi&apos;i lofnodi</translation>
    </message>
</context>
<context>
    <name>protocol_docs</name>
    <message>
        <source>Purpose and shared priorities</source>
        <translation>Diben a blaenoriaethau a rennir</translation>
    </message>
    <message>
        <source>Confidentiality and report sharing</source>
        <translation>Cyfrinachedd a rhannu adroddiadau</translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation>Rhannu data</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
</context>
<context>
    <name>rounds</name>
    <message>
        <source>no date yet</source>
        <translation>dim dyddiad eto</translation>
    </message>
    <message>
        <source>no trained lead</source>
        <translation>dim arweinydd hyfforddedig</translation>
    </message>
    <message>
        <source>a school in two reviews that day</source>
        <translation>ysgol mewn dau adolygiad y diwrnod hwnnw</translation>
    </message>
    <message>
        <source>the two schools review each other this round</source>
        <translation>mae&apos;r ddwy ysgol yn adolygu ei gilydd yn y cylch hwn</translation>
    </message>
    <message>
        <source>the reviewing school reviews more than one school this round</source>
        <translation>mae&apos;r ysgol sy&apos;n adolygu yn adolygu mwy nag un ysgol yn y cylch hwn</translation>
    </message>
</context>
<context>
    <name>textdiff</name>
    <message>
        <source>adds {0}</source>
        <translation>yn ychwanegu {0}</translation>
    </message>
    <message>
        <source>removes {0}</source>
        <translation>yn tynnu {0}</translation>
    </message>
    <message>
        <source>adds {0}; removes {1}</source>
        <translation>yn ychwanegu {0}; yn tynnu {1}</translation>
    </message>
    <message>
        <source>no difference in wording</source>
        <translation>dim gwahaniaeth yn y geiriad</translation>
    </message>
</context>
</TS>
