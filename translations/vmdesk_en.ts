<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BulkApplyDialog</name>
    <message numerus="yes">
        <source>Apply to %n VM(s)</source>
        <translation>
            <numerusform>Apply to %n VM</numerusform>
            <numerusform>Apply to %n VMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write or load a patch, then preview what it does to each of the %n VM(s).</source>
        <translation>
            <numerusform>Write or load a patch, then preview what it does to each of the %n VM.</numerusform>
            <numerusform>Write or load a patch, then preview what it does to each of the %n VMs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>changes %n line(s)</source>
        <translation>
            <numerusform>changes %n line</numerusform>
            <numerusform>changes %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>written (%n line(s) changed)</source>
        <translation>
            <numerusform>written (%n line changed)</numerusform>
            <numerusform>written (%n lines changed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryTreeModel</name>
    <message numerus="yes">
        <source>%1 — %n VM(s)</source>
        <translation>
            <numerusform>%1 — %n VM</numerusform>
            <numerusform>%1 — %n VMs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Custom attribute for %n VM(s):</source>
        <translation>
            <numerusform>Custom attribute for %n VM:</numerusform>
            <numerusform>Custom attribute for %n VMs:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A network serial port is added to %n VM(s); ESXi connects it to this vSPC address:</source>
        <translation>
            <numerusform>A network serial port is added to %n VM; ESXi connects it to this vSPC address:</numerusform>
            <numerusform>A network serial port is added to %n VMs; ESXi connects it to this vSPC address:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetadataFileModel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetadataPreview</name>
    <message numerus="yes">
        <source>The document has %n error(s); the first: %1. Below is what a guest would receive if it were served as it is.</source>
        <translation>
            <numerusform>The document has %n error; the first: %1. Below is what a guest would receive if it were served as it is.</numerusform>
            <numerusform>The document has %n errors; the first: %1. Below is what a guest would receive if it were served as it is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors, %n warning(s).</source>
        <translation>
            <numerusform>No errors, %n warning.</numerusform>
            <numerusform>No errors, %n warnings.</numerusform>
        </translation>
    </message>
</context>
</TS>
