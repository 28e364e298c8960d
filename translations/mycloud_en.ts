<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>mycloud::CommandRunner</name>
    <message numerus="yes">
        <source>%n change(s) conflicted with the server: see mycloudcmd status.</source>
        <translation>
            <numerusform>%n change conflicted with the server: see mycloudcmd status.</numerusform>
            <numerusform>%n changes conflicted with the server: see mycloudcmd status.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synchronised: %n change(s) received.</source>
        <translation>
            <numerusform>Synchronised: %n change received.</numerusform>
            <numerusform>Synchronised: %n changes received.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), %1</source>
        <translation>
            <numerusform>%n document, %1</numerusform>
            <numerusform>%n documents, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is available offline: %n document(s), %2</source>
        <translation>
            <numerusform>%1 is available offline: %n document, %2</numerusform>
            <numerusform>%1 is available offline: %n documents, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mycloud::DoeBuilder</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revised</source>
        <translation>
            <numerusform>%n revised</numerusform>
            <numerusform>%n revised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mycloud::DoeDialog</name>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n file, %1</numerusform>
            <numerusform>%n files, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) on this computer: the others are downloaded first.</source>
        <translation>
            <numerusform>%1 of %n file on this computer: the others are downloaded first.</numerusform>
            <numerusform>%1 of %n files on this computer: the others are downloaded first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mycloud::LabelDialog</name>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n label</numerusform>
            <numerusform>%n labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) done.</source>
        <translation>
            <numerusform>%n page done.</numerusform>
            <numerusform>%n pages done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mycloud::MainWindow</name>
    <message numerus="yes">
        <source>%n file(s) saved in %1.</source>
        <translation>
            <numerusform>%n file saved in %1.</numerusform>
            <numerusform>%n files saved in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mycloud::PdfViewer</name>
    <message numerus="yes">
        <source>%1 of %n hit(s)</source>
        <translation>
            <numerusform>%1 of %n hit</numerusform>
            <numerusform>%1 of %n hits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mycloud::SignInDialog</name>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mycloud::SyncStatus</name>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
</TS>
