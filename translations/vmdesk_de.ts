<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppSettings</name>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>Geben Sie eine ganze Zahl von %1 bis %2 ein.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>Erwartet: true oder false.</translation>
    </message>
    <message>
        <source>Enter a full path to a folder.</source>
        <translation>Geben Sie den vollständigen Pfad eines Ordners ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>&quot;%1&quot; ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port URI: separate URIs with commas, without spaces inside.</source>
        <translation>„%1“ ist keine Port-URI: URIs durch Kommas trennen, ohne Leerzeichen darin.</translation>
    </message>
    <message>
        <source>Expected name, vc-uuid or bios-uuid.</source>
        <translation>Erwartet: name, vc-uuid oder bios-uuid.</translation>
    </message>
    <message>
        <source>Expected system, light or dark.</source>
        <translation>Erwartet: system, light oder dark.</translation>
    </message>
    <message>
        <source>vmdesk has no setting &quot;%1&quot;.</source>
        <translation>vmdesk kennt keine Einstellung „%1“.</translation>
    </message>
</context>
<context>
    <name>BatchFile</name>
    <message>
        <source>job %1 is not a map</source>
        <translation>Auftrag %1 ist keine Zuordnung</translation>
    </message>
    <message>
        <source>job %1 (%2) has no vm_path</source>
        <translation>Auftrag %1 (%2) hat keinen vm_path</translation>
    </message>
    <message>
        <source>jobs must be a list</source>
        <translation>jobs muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1 has no output_path</source>
        <translation>%1 hat keinen output_path</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>ungültiges YAML: %1</translation>
    </message>
</context>
<context>
    <name>BulkApplyDialog</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a file name</source>
        <translation>„%1“ kann kein Dateiname sein</translation>
    </message>
    <message>
        <source>the patch is empty</source>
        <translation>der Patch ist leer</translation>
    </message>
    <message>
        <source>&amp;Load patch…</source>
        <translation>Patch &amp;laden …</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n VM(s)</source>
        <translation>
            <numerusform>Auf %n VM anwenden</numerusform>
            <numerusform>Auf %n VMs anwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Load patch</source>
        <translation>Patch laden</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>YAML-Dateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>A partial document (YAML) merged into each VM&apos;s file: maps merge, lists and values replace, null removes a key. Comments and key order are kept.</source>
        <translation>Ein Teildokument (YAML), das mit der Datei jeder VM zusammengeführt wird: Zuordnungen werden zusammengeführt, Listen und Werte ersetzt, null entfernt einen Schlüssel. Kommentare und Reihenfolge der Schlüssel bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Write or load a patch, then preview what it does to each of the %n VM(s).</source>
        <translation>
            <numerusform>Schreiben oder laden Sie einen Patch und prüfen Sie dann in der Vorschau, was er an der %n VM ändert.</numerusform>
            <numerusform>Schreiben oder laden Sie einen Patch und prüfen Sie dann in der Vorschau, was er an jeder der %n VMs ändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>Vorschau wird erstellt …</translation>
    </message>
    <message>
        <source>The patch cannot be used: %1</source>
        <translation>Der Patch ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Wird geschrieben …</translation>
    </message>
    <message>
        <source>The patch changed: preview again before applying it.</source>
        <translation>Der Patch hat sich geändert: Prüfen Sie ihn vor dem Anwenden erneut in der Vorschau.</translation>
    </message>
    <message numerus="yes">
        <source>changes %n line(s)</source>
        <translation>
            <numerusform>ändert %n Zeile</numerusform>
            <numerusform>ändert %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>written (%n line(s) changed)</source>
        <translation>
            <numerusform>geschrieben (%n Zeile geändert)</numerusform>
            <numerusform>geschrieben (%n Zeilen geändert)</numerusform>
        </translation>
    </message>
    <message>
        <source>changed on disk, not written</source>
        <translation>auf dem Datenträger geändert, nicht geschrieben</translation>
    </message>
    <message>
        <source>changed on disk, not written: %1</source>
        <translation>auf dem Datenträger geändert, nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>not written: %1</source>
        <translation>nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Written: %1. Changed on disk, not written: %2. Failed: %3. Refused: %4. No change: %5.</source>
        <translation>Geschrieben: %1. Auf dem Datenträger geändert, nicht geschrieben: %2. Fehlgeschlagen: %3. Abgelehnt: %4. Unverändert: %5.</translation>
    </message>
    <message>
        <source>%1 to change, %2 without change, %3 refused (the result would have errors; those files stay as they are). Select a VM to see its diff.</source>
        <translation>%1 zu ändern, %2 ohne Änderung, %3 abgelehnt (das Ergebnis hätte Fehler; diese Dateien bleiben, wie sie sind). Wählen Sie eine VM, um ihren Diff zu sehen.</translation>
    </message>
</context>
<context>
    <name>CimXmlInstance</name>
    <message>
        <source>not CIM-XML: %1</source>
        <translation>kein CIM-XML: %1</translation>
    </message>
    <message>
        <source>not a CIM-XML INSTANCE</source>
        <translation>keine CIM-XML-INSTANCE</translation>
    </message>
    <message>
        <source>not well-formed CIM-XML: %1</source>
        <translation>kein wohlgeformtes CIM-XML: %1</translation>
    </message>
</context>
<context>
    <name>CloudInitPayload</name>
    <message>
        <source>%1 has no cloud-init document: %2 (%3)</source>
        <translation>%1 hat kein cloud-init-Dokument: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>CodeEditor</name>
    <message>
        <source>Toggle comment</source>
        <translation>Kommentar ein/aus</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Insert snippet</source>
        <translation>Snippet einfügen</translation>
    </message>
</context>
<context>
    <name>ConfirmAction</name>
    <message>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n VM(s)</source>
        <translation>
            <numerusform>%1: %n VM</numerusform>
            <numerusform>%1: %n VMs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Remember the password in the keychain</source>
        <translation>Passwort im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Connect to vCenter</source>
        <translation>Mit vCenter verbinden</translation>
    </message>
    <message>
        <source>vcenter.example.com or https://host/sdk</source>
        <translation>vcenter.example.com oder https://host/sdk</translation>
    </message>
    <message>
        <source>administrator@vsphere.local</source>
        <translation>administrator@vsphere.local</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>Starts the bundled vCenter simulator and connects to it</source>
        <translation>Startet den mitgelieferten vCenter-Simulator und verbindet sich damit</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>No keychain: the password will not be remembered.</source>
        <translation>Kein Schlüsselbund: Das Passwort wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Connect when vmdesk &amp;starts</source>
        <translation>Beim &amp;Start von vmdesk verbinden</translation>
    </message>
    <message>
        <source>A name for this connection; saved connections are listed here</source>
        <translation>Ein Name für diese Verbindung; gespeicherte Verbindungen stehen hier</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
</context>
<context>
    <name>DatastoreFiles</name>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Not connected to a vCenter.</source>
        <translation>Nicht mit einem vCenter verbunden.</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>Hochladen von %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>DeliveryLimits</name>
    <message>
        <source>Serial port (vSPC)</source>
        <translation>Serielle Schnittstelle (vSPC)</translation>
    </message>
    <message>
        <source>VMware guestinfo</source>
        <translation>VMware guestinfo</translation>
    </message>
    <message>
        <source>meta-data with network</source>
        <translation>meta-data mit network</translation>
    </message>
    <message>
        <source>all values in the VMX</source>
        <translation>alle Werte in der VMX-Datei</translation>
    </message>
    <message>
        <source>Hyper-V KVP</source>
        <translation>Hyper-V-KVP</translation>
    </message>
    <message>
        <source>raw</source>
        <translation>roh</translation>
    </message>
    <message>
        <source>vSphere CloudinitPrep</source>
        <translation>vSphere CloudinitPrep</translation>
    </message>
</context>
<context>
    <name>DeliveryPayload</name>
    <message>
        <source>%1&apos;s document was not read: its database store was closed.</source>
        <translation>Das Dokument von %1 wurde nicht gelesen: sein Datenbankspeicher wurde geschlossen.</translation>
    </message>
    <message>
        <source>%1&apos;s document could not be read from %2: %3</source>
        <translation>Das Dokument von %1 konnte nicht aus %2 gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1 has no cloud-init document in %2</source>
        <translation>%1 hat in %2 kein cloud-init-Dokument</translation>
    </message>
    <message>
        <source>%1&apos;s document was not read: %2 was closed.</source>
        <translation>Das Dokument von %1 wurde nicht gelesen: %2 wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>DeployDialog</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>OVF or OVA &amp;file:</source>
        <translation>OVF- oder OVA-&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Clone of a VM or template:</source>
        <translation>&amp;Klon einer VM oder Vorlage:</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>&amp;Power on</source>
        <translation>&amp;Einschalten</translation>
    </message>
    <message>
        <source>&amp;Wait for an IP address, up to</source>
        <translation>Auf eine IP-Adresse &amp;warten, höchstens</translation>
    </message>
    <message>
        <source>Deploy or Clone VMs</source>
        <translation>VMs bereitstellen oder klonen</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>Paketdatei</translation>
    </message>
    <message>
        <source>VM or template to clone</source>
        <translation>Zu klonende VM oder Vorlage</translation>
    </message>
    <message>
        <source>New VM names</source>
        <translation>Namen der neuen VMs</translation>
    </message>
    <message>
        <source>One name per line; each becomes one VM</source>
        <translation>Ein Name pro Zeile; jeder wird zu einer VM</translation>
    </message>
    <message>
        <source>Choose the package file</source>
        <translation>Paketdatei wählen</translation>
    </message>
    <message>
        <source>Choose an OVF or OVA package</source>
        <translation>OVF- oder OVA-Paket wählen</translation>
    </message>
    <message>
        <source>OVF packages (*.ova *.ovf);;All files (*)</source>
        <translation>OVF-Pakete (*.ova *.ovf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>New VM &amp;names:</source>
        <translation>&amp;Namen der neuen VMs:</translation>
    </message>
    <message>
        <source>Datacenter</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <source>Cluster or host</source>
        <translation>Cluster oder Host</translation>
    </message>
    <message>
        <source>Resource pool</source>
        <translation>Ressourcenpool</translation>
    </message>
    <message>
        <source>Datastore</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>VM folder</source>
        <translation>VM-Ordner</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <source>&amp;Datacenter:</source>
        <translation>Rechen&amp;zentrum:</translation>
    </message>
    <message>
        <source>Cluster or &amp;host:</source>
        <translation>Cluster oder &amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Resource pool:</source>
        <translation>&amp;Ressourcenpool:</translation>
    </message>
    <message>
        <source>Data&amp;store:</source>
        <translation>Daten&amp;speicher:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Network mapping</source>
        <translation>Netzwerkzuordnung</translation>
    </message>
    <message>
        <source>Network in the package</source>
        <translation>Netzwerk im Paket</translation>
    </message>
    <message>
        <source>vCenter network</source>
        <translation>vCenter-Netzwerk</translation>
    </message>
    <message>
        <source>Cloud-init delivery</source>
        <translation>Übergabe der cloud-init-Daten</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>guestinfo (VMware datasource)</source>
        <translation>guestinfo (VMware-Datenquelle)</translation>
    </message>
    <message>
        <source>Seed ISO (NoCloud)</source>
        <translation>Seed-ISO (NoCloud)</translation>
    </message>
    <message>
        <source>Metadata folder</source>
        <translation>Metadatenordner</translation>
    </message>
    <message>
        <source>Choose the metadata folder</source>
        <translation>Metadatenordner wählen</translation>
    </message>
    <message>
        <source>Cloud-init</source>
        <translation>Cloud-init</translation>
    </message>
    <message>
        <source>Deli&amp;ver as:</source>
        <translation>Über&amp;geben als:</translation>
    </message>
    <message>
        <source>&amp;Metadata folder:</source>
        <translation>&amp;Metadatenordner:</translation>
    </message>
    <message>
        <source>Seconds to wait for an address</source>
        <translation>Sekunden Wartezeit auf eine Adresse</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Not connected to vCenter: connect first, then deploy.</source>
        <translation>Nicht mit vCenter verbunden: Verbinden Sie sich zuerst und stellen Sie dann bereit.</translation>
    </message>
    <message>
        <source>Reading datacenters, hosts, datastores and networks from vCenter…</source>
        <translation>Rechenzentren, Hosts, Datenspeicher und Netzwerke werden aus vCenter gelesen …</translation>
    </message>
    <message>
        <source>vCenter has no datacenter to deploy into.</source>
        <translation>vCenter hat kein Rechenzentrum, in dem bereitgestellt werden kann.</translation>
    </message>
    <message>
        <source>The placement choices could not be read from vCenter: %1</source>
        <translation>Die Platzierungsoptionen ließen sich nicht aus vCenter lesen: %1</translation>
    </message>
    <message>
        <source>%1 (cluster)</source>
        <translation>%1 (Cluster)</translation>
    </message>
    <message>
        <source>%1 (host)</source>
        <translation>%1 (Host)</translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation>%1 (%2 frei)</translation>
    </message>
    <message>
        <source>The datacenter&apos;s VM folder</source>
        <translation>VM-Ordner des Rechenzentrums</translation>
    </message>
    <message>
        <source>Reading the package&apos;s networks…</source>
        <translation>Netzwerke des Pakets werden gelesen …</translation>
    </message>
    <message>
        <source>vCenter network for %1</source>
        <translation>vCenter-Netzwerk für %1</translation>
    </message>
    <message>
        <source>Choose a package to map its networks.</source>
        <translation>Wählen Sie ein Paket, um seine Netzwerke zuzuordnen.</translation>
    </message>
    <message>
        <source>The package names no networks.</source>
        <translation>Das Paket nennt keine Netzwerke.</translation>
    </message>
    <message>
        <source>Each network the package names is connected to the vCenter network chosen for it.</source>
        <translation>Jedes im Paket genannte Netzwerk wird mit dem dafür gewählten vCenter-Netzwerk verbunden.</translation>
    </message>
    <message>
        <source>The new VMs get no cloud-init data.</source>
        <translation>Die neuen VMs erhalten keine cloud-init-Daten.</translation>
    </message>
    <message>
        <source>Choose the folder that holds &lt;name&gt;.yaml for each new VM.</source>
        <translation>Wählen Sie den Ordner, der für jede neue VM eine &lt;Name&gt;.yaml enthält.</translation>
    </message>
    <message>
        <source>Each new VM reads &lt;name&gt;.yaml from this folder.</source>
        <translation>Jede neue VM liest ihre &lt;Name&gt;.yaml aus diesem Ordner.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Gefunden: %1</translation>
    </message>
    <message>
        <source>Clone 1 VM</source>
        <translation>1 VM klonen</translation>
    </message>
    <message>
        <source>Clone %1 VMs</source>
        <translation>%1 VMs klonen</translation>
    </message>
    <message>
        <source>Deploy 1 VM</source>
        <translation>1 VM bereitstellen</translation>
    </message>
    <message>
        <source>Deploy %1 VMs</source>
        <translation>%1 VMs bereitstellen</translation>
    </message>
    <message>
        <source>.ova or .ovf file</source>
        <translation>.ova- oder .ovf-Datei</translation>
    </message>
    <message>
        <source>Template for missing documents</source>
        <translation>Vorlage für fehlende Dokumente</translation>
    </message>
    <message>
        <source>Missing &amp;documents:</source>
        <translation>Fehlende Dok&amp;umente:</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Fehlt: %1</translation>
    </message>
    <message>
        <source>None missing</source>
        <translation>Keines fehlt</translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation>Vorlage wählen …</translation>
    </message>
    <message>
        <source>Make them from the starter document</source>
        <translation>Aus dem Startdokument erstellen</translation>
    </message>
    <message>
        <source>Make them from %1</source>
        <translation>Aus %1 erstellen</translation>
    </message>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation>Die Vorlage %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No document for %1: %2</source>
        <translation>Kein Dokument für %1: %2</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Klonen</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>Some new VMs have no cloud-init document: choose a template to make them from.</source>
        <translation>Einige neue VMs haben kein cloud-init-Dokument: Wählen Sie eine Vorlage, aus der sie erstellt werden.</translation>
    </message>
</context>
<context>
    <name>DeployJob</name>
    <message>
        <source>checking the cloud-init document</source>
        <translation>cloud-init-Dokument wird geprüft</translation>
    </message>
    <message>
        <source>finding the placement</source>
        <translation>Platzierung wird ermittelt</translation>
    </message>
    <message>
        <source>reading the package</source>
        <translation>Paket wird gelesen</translation>
    </message>
    <message>
        <source>creating the VM</source>
        <translation>VM wird erstellt</translation>
    </message>
    <message>
        <source>uploading disks</source>
        <translation>Festplatten werden hochgeladen</translation>
    </message>
    <message>
        <source>cloning</source>
        <translation>wird geklont</translation>
    </message>
    <message>
        <source>delivering cloud-init data</source>
        <translation>cloud-init-Daten werden übergeben</translation>
    </message>
    <message>
        <source>powering on</source>
        <translation>wird eingeschaltet</translation>
    </message>
    <message>
        <source>waiting for the guest&apos;s address</source>
        <translation>warte auf die Adresse des Gasts</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>the deploy was stopped</source>
        <translation>die Bereitstellung wurde gestoppt</translation>
    </message>
    <message>
        <source>not connected to a vCenter</source>
        <translation>nicht mit einem vCenter verbunden</translation>
    </message>
    <message>
        <source>There is no VM or template named %1 to clone.</source>
        <translation>Es gibt keine VM oder Vorlage namens %1 zum Klonen.</translation>
    </message>
    <message>
        <source>%1 is in vCenter (%2)</source>
        <translation>%1 ist im vCenter (%2)</translation>
    </message>
    <message>
        <source>uploaded %1</source>
        <translation>%1 hochgeladen</translation>
    </message>
    <message>
        <source>Clone %1 to %2</source>
        <translation>%1 als %2 klonen</translation>
    </message>
    <message>
        <source>guestinfo keys set and read back</source>
        <translation>guestinfo-Schlüssel gesetzt und zurückgelesen</translation>
    </message>
    <message>
        <source>seed ISO %1 on the CD-ROM</source>
        <translation>Seed-ISO %1 im CD-ROM-Laufwerk</translation>
    </message>
    <message>
        <source>%1 has the address %2</source>
        <translation>%1 hat die Adresse %2</translation>
    </message>
</context>
<context>
    <name>DeployMessage</name>
    <message>
        <source>%1 is cloned from %2; its address is %3.</source>
        <translation>%1 wurde aus %2 geklont; Adresse: %3.</translation>
    </message>
    <message>
        <source>%1 is deployed from %2; its address is %3.</source>
        <translation>%1 wurde aus %2 bereitgestellt; Adresse: %3.</translation>
    </message>
    <message>
        <source>%1 is cloned from %2.</source>
        <translation>%1 wurde aus %2 geklont.</translation>
    </message>
    <message>
        <source>%1 is deployed from %2.</source>
        <translation>%1 wurde aus %2 bereitgestellt.</translation>
    </message>
    <message>
        <source>The clone %1 was cancelled.</source>
        <translation>Das Klonen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The deploy of %1 was cancelled.</source>
        <translation>Die Bereitstellung von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The clone %1 failed.</source>
        <translation>Das Klonen von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The deploy of %1 failed.</source>
        <translation>Die Bereitstellung von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The clone %1 failed: %2</source>
        <translation>Das Klonen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The deploy of %1 failed: %2</source>
        <translation>Die Bereitstellung von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The deploy of %1 is %2.</source>
        <translation>Bereitstellung von %1: %2.</translation>
    </message>
</context>
<context>
    <name>DeploySpec</name>
    <message>
        <source>clone of %1</source>
        <translation>Klon von %1</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
    </message>
</context>
<context>
    <name>DiskDownload</name>
    <message>
        <source>%1: resuming at byte %2</source>
        <translation>%1: wird bei Byte %2 fortgesetzt</translation>
    </message>
    <message>
        <source>%1: the server answered the resume with a wrong range</source>
        <translation>%1: der Server beantwortete die Fortsetzung mit einem falschen Bereich</translation>
    </message>
    <message>
        <source>%1: the server ignored the resume; starting the file over</source>
        <translation>%1: der Server ignorierte die Fortsetzung; die Datei beginnt von vorn</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: got %2 of %3 bytes</source>
        <translation>%1: %2 von %3 Bytes erhalten</translation>
    </message>
    <message>
        <source>%1; retrying in %2 ms (attempt %3 of %4)</source>
        <translation>%1; neuer Versuch in %2 ms (Versuch %3 von %4)</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, the server announced %3</source>
        <translation>%1 hat %2 Bytes, der Server kündigte %3 an</translation>
    </message>
    <message>
        <source>cannot rename %1</source>
        <translation>%1 lässt sich nicht umbenennen</translation>
    </message>
    <message>
        <source>%1: %2 bytes, SHA-256 %3</source>
        <translation>%1: %2 Bytes, SHA-256 %3</translation>
    </message>
</context>
<context>
    <name>DiskUpload</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>Uploading %1 failed: %2</source>
        <translation>Hochladen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The HTTP library (libcurl) could not start.</source>
        <translation>Die HTTP-Bibliothek (libcurl) ließ sich nicht starten.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>DiskWriter</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>%1 lässt sich nicht vorbereiten: %2</translation>
    </message>
    <message>
        <source>the write failed earlier</source>
        <translation>das Schreiben war schon vorher fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>DocumentPatch</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>a patch must be a map, like the documents it changes</source>
        <translation>ein Patch muss eine Zuordnung sein, wie die Dokumente, die er ändert</translation>
    </message>
</context>
<context>
    <name>DocumentValidator</name>
    <message>
        <source>no instance-id: the VM name is used, and cloud-init runs again only when it changes</source>
        <translation>keine instance-id: Der VM-Name wird verwendet, und cloud-init läuft erst wieder, wenn er sich ändert</translation>
    </message>
    <message>
        <source>instance-id must not be empty</source>
        <translation>instance-id darf nicht leer sein</translation>
    </message>
    <message>
        <source>host name %1</source>
        <translation>Hostname %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key vmdesk knows (metadata, network, network_config, userdata); it is kept but not sent. Start it with x- to mark it as yours.</source>
        <translation>„%1“ ist kein Schlüssel, den vmdesk kennt (metadata, network, network_config, userdata); er bleibt erhalten, wird aber nicht gesendet. Lassen Sie ihn mit x- beginnen, um ihn als eigenen zu kennzeichnen.</translation>
    </message>
    <message>
        <source>both network and network_config are set: network_config is sent, network is ignored</source>
        <translation>network und network_config sind beide gesetzt: network_config wird gesendet, network ignoriert</translation>
    </message>
    <message>
        <source>%1 is %2 bytes on the serial port, more than its limit of %3</source>
        <translation>%1 umfasst auf der seriellen Schnittstelle %2 Bytes, mehr als die Grenze von %3</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Also write an &amp;OVA file</source>
        <translation>Zusätzlich eine &amp;OVA-Datei schreiben</translation>
    </message>
    <message>
        <source>Leave out &amp;CD/DVD drives</source>
        <translation>&amp;CD/DVD-Laufwerke weglassen</translation>
    </message>
    <message>
        <source>Leave out &amp;serial ports</source>
        <translation>&amp;Serielle Schnittstellen weglassen</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Export %1 VMs</source>
        <translation>%1 VMs exportieren</translation>
    </message>
    <message>
        <source>vCenter exports only powered-off VMs. vmdesk asks the guest OS to shut down; it never powers a VM off hard.</source>
        <translation>vCenter exportiert nur ausgeschaltete VMs. vmdesk bittet das Gastbetriebssystem herunterzufahren; hart ausgeschaltet wird nie.</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <source>VMs:</source>
        <translation>VMs:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Disks at once:</source>
        <translation>Festplatten gleichzeitig:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>The source VMs are not changed: left-out devices are removed from the exported descriptor only.</source>
        <translation>Die Quell-VMs bleiben unverändert: Weggelassene Geräte fehlen nur im exportierten Deskriptor.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Shut the &amp;guests down first (and wait)</source>
        <translation>&amp;Gäste zuerst herunterfahren (und warten)</translation>
    </message>
    <message>
        <source>Powered on: %1. Their guests are asked to shut down, and each export starts once its VM is off.</source>
        <translation>Eingeschaltet: %1. Ihre Gäste werden gebeten herunterzufahren; jeder Export beginnt, sobald seine VM ausgeschaltet ist.</translation>
    </message>
    <message>
        <source>Powered on, will be refused: %1. vCenter exports only powered-off VMs; tick &quot;Shut the guests down first&quot; to export them too.</source>
        <translation>Eingeschaltet, wird abgelehnt: %1. vCenter exportiert nur ausgeschaltete VMs; aktivieren Sie „Gäste zuerst herunterfahren“, um auch diese zu exportieren.</translation>
    </message>
    <message>
        <source>Suspended, will be refused: %1. Resume and shut them down to export them.</source>
        <translation>Angehalten, wird abgelehnt: %1. Setzen Sie diese VMs fort und fahren Sie sie herunter, um sie zu exportieren.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Export %n VM(s)</source>
        <translation>
            <numerusform>%n VM &amp;exportieren</numerusform>
            <numerusform>%n VMs &amp;exportieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>starting</source>
        <translation>wird gestartet</translation>
    </message>
    <message>
        <source>shutting the guest down</source>
        <translation>Gast wird heruntergefahren</translation>
    </message>
    <message>
        <source>waiting for the export lease</source>
        <translation>warte auf die Export-Lease</translation>
    </message>
    <message>
        <source>downloading disks</source>
        <translation>Festplatten werden geladen</translation>
    </message>
    <message>
        <source>writing the descriptor</source>
        <translation>Deskriptor wird geschrieben</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>not connected to a vCenter</source>
        <translation>nicht mit einem vCenter verbunden</translation>
    </message>
    <message>
        <source>there is no VM named &quot;%1&quot;</source>
        <translation>es gibt keine VM namens &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is %2; vCenter exports only powered-off VMs. Shut the guest down first, or let the export do it.</source>
        <translation>%1 ist %2; vCenter exportiert nur ausgeschaltete VMs. Fahren Sie den Gast zuerst herunter oder lassen Sie das den Export tun.</translation>
    </message>
    <message>
        <source>the guest could not be shut down (%1); it was not powered off</source>
        <translation>der Gast ließ sich nicht herunterfahren (%1); er wurde nicht ausgeschaltet</translation>
    </message>
    <message>
        <source>the guest is shut down</source>
        <translation>der Gast ist heruntergefahren</translation>
    </message>
    <message>
        <source>the guest did not shut down within ten minutes</source>
        <translation>der Gast fuhr nicht binnen zehn Minuten herunter</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>the export lease offers no disks</source>
        <translation>die Export-Lease bietet keine Festplatten an</translation>
    </message>
    <message>
        <source>CreateDescriptor failed: %1</source>
        <translation>CreateDescriptor fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>writing and checking the package</source>
        <translation>Paket wird geschrieben und geprüft</translation>
    </message>
</context>
<context>
    <name>ExportJobModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>retrying at %1</source>
        <translation>neuer Versuch um %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Klon</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Output / Address</source>
        <translation>Ausgabe / Adresse</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>ExportQueue</name>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>disconnected from vCenter; waiting to resume</source>
        <translation>vom vCenter getrennt; wartet auf Fortsetzung</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>started</source>
        <translation>gestartet</translation>
    </message>
    <message>
        <source>will retry in %1 s</source>
        <translation>neuer Versuch in %1 s</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>paused; the downloaded part is kept</source>
        <translation>angehalten; der geladene Teil bleibt erhalten</translation>
    </message>
    <message>
        <source>queued again</source>
        <translation>erneut eingereiht</translation>
    </message>
    <message>
        <source>the export queue in %1 is unreadable (%2); it was kept as %1.broken</source>
        <translation>die Exportwarteschlange in %1 ist unlesbar (%2); sie wurde als %1.broken aufbewahrt</translation>
    </message>
    <message>
        <source>resuming after a restart</source>
        <translation>wird nach einem Neustart fortgesetzt</translation>
    </message>
    <message>
        <source>the guest will be shut down first</source>
        <translation>der Gast wird zuerst heruntergefahren</translation>
    </message>
    <message>
        <source>paused; the half-made VM is removed, and the deploy starts over when resumed</source>
        <translation>angehalten; die halb erstellte VM wird entfernt, und die Bereitstellung beginnt beim Fortsetzen von vorn</translation>
    </message>
    <message>
        <source>vmdesk ended during this deploy; vCenter removes a half-made VM when its lease ends. Retry to deploy again.</source>
        <translation>vmdesk wurde während dieser Bereitstellung beendet; vCenter entfernt eine halb erstellte VM, wenn ihre Lease endet. Wiederholen Sie den Auftrag, um erneut bereitzustellen.</translation>
    </message>
    <message>
        <source>this program cannot deploy VMs</source>
        <translation>dieses Programm kann keine VMs bereitstellen</translation>
    </message>
    <message>
        <source>this program cannot transfer guest files</source>
        <translation>dieses Programm kann keine Gastdateien übertragen</translation>
    </message>
    <message>
        <source>paused; the transfer starts over when resumed</source>
        <translation>angehalten; die Übertragung beginnt beim Fortsetzen von vorn</translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <source>Select a job to see its log. Drop VMs here from the inventory to export them.</source>
        <translation>Einen Auftrag wählen, um sein Protokoll zu sehen. VMs aus dem Inventar hierher ziehen, um sie zu exportieren.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Resume / Retry</source>
        <translation>Fortsetzen / Wiederholen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>VMs at once:</source>
        <translation>VMs gleichzeitig:</translation>
    </message>
    <message>
        <source>%1 running, %2 queued, %3 jobs in all — %4/s</source>
        <translation>%1 laufen, %2 warten, %3 Aufträge insgesamt — %4/s</translation>
    </message>
    <message>
        <source>Import Batch…</source>
        <translation>Stapel importieren …</translation>
    </message>
    <message>
        <source>Shut Down Guest &amp;&amp; Retry</source>
        <translation>Gast herunterfahren &amp;&amp; wiederholen</translation>
    </message>
    <message>
        <source>Import a batch of exports</source>
        <translation>Einen Stapel von Exporten importieren</translation>
    </message>
    <message>
        <source>hypersdk job files (*.yaml *.yml);;All files (*)</source>
        <translation>hypersdk-Auftragsdateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>vmdesk export</source>
        <translation>vmdesk-Export</translation>
    </message>
    <message>
        <source>Job log</source>
        <translation>Auftragsprotokoll</translation>
    </message>
    <message>
        <source>Shut Down and Export</source>
        <translation>Herunterfahren und exportieren</translation>
    </message>
    <message>
        <source>vCenter exports only powered-off VMs. The guest OS is asked to shut down, and the export starts once the VM is off. The VM is never powered off hard.</source>
        <translation>vCenter exportiert nur ausgeschaltete VMs. Das Gastbetriebssystem wird gebeten herunterzufahren, und der Export beginnt, sobald die VM ausgeschaltet ist. Die VM wird nie hart ausgeschaltet.</translation>
    </message>
    <message>
        <source>%1 is exported to %2.</source>
        <translation>%1 wurde nach %2 exportiert.</translation>
    </message>
    <message>
        <source>The export of %1 was cancelled; its partly downloaded files were deleted.</source>
        <translation>Der Export von %1 wurde abgebrochen; die teilweise geladenen Dateien wurden gelöscht.</translation>
    </message>
    <message>
        <source>The export of %1 failed.</source>
        <translation>Der Export von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The export of %1 failed: %2</source>
        <translation>Der Export von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The export of %1 is %2.</source>
        <translation>Export von %1: %2.</translation>
    </message>
    <message>
        <source>The earlier export is kept in %1.</source>
        <translation>Der frühere Export bleibt in %1 erhalten.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>%1 of %2 downloaded will be deleted.</source>
        <translation>Die bereits geladenen %1 von %2 werden gelöscht.</translation>
    </message>
    <message>
        <source>Nothing has been downloaded yet.</source>
        <translation>Es wurde noch nichts geladen.</translation>
    </message>
    <message>
        <source>Cancel the Export of</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>The %1 partly downloaded stays in the folders as .part files.</source>
        <translation>Die teilweise geladenen %1 bleiben als .part-Dateien in den Ordnern.</translation>
    </message>
    <message>
        <source>Remove the Export of</source>
        <translation>Export entfernen</translation>
    </message>
    <message>
        <source>Already in the queue, not queued again: %1.</source>
        <translation>Bereits in der Warteschlange, nicht erneut eingereiht: %1.</translation>
    </message>
    <message>
        <source>Suspended, not queued: %1.</source>
        <translation>Angehalten, nicht eingereiht: %1.</translation>
    </message>
    <message>
        <source>Export powered-on VMs?</source>
        <translation>Eingeschaltete VMs exportieren?</translation>
    </message>
    <message numerus="yes">
        <source>vCenter exports only powered-off VMs, and %n of these are powered on: %1. Shut their guests down first (never a hard power-off), or leave them out?</source>
        <translation>
            <numerusform>vCenter exportiert nur ausgeschaltete VMs, und %n davon ist eingeschaltet: %1. Zuerst ihren Gast herunterfahren (nie hart ausschalten) oder sie weglassen?</numerusform>
            <numerusform>vCenter exportiert nur ausgeschaltete VMs, und %n davon sind eingeschaltet: %1. Zuerst ihre Gäste herunterfahren (nie hart ausschalten) oder sie weglassen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Shut Down Guests First</source>
        <translation>Gäste zuerst herunterfahren</translation>
    </message>
    <message>
        <source>Leave Them Out</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <source>Powered on, not queued: %1.</source>
        <translation>Eingeschaltet, nicht eingereiht: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Overwrite %n earlier export(s)?</source>
        <translation>
            <numerusform>%n früheren Export überschreiben?</numerusform>
            <numerusform>%n frühere Exporte überschreiben?</numerusform>
        </translation>
    </message>
    <message>
        <source>The export folder already holds an export of %1. Overwriting moves it aside (to &lt;VM&gt;.previous-&lt;time&gt; in the same folder) and deletes it only once the new export is complete; if the new one fails, the earlier one is kept.</source>
        <translation>Der Exportordner enthält bereits einen Export von %1. Beim Überschreiben wird er beiseitegelegt (nach &lt;VM&gt;.previous-&lt;Zeit&gt; im selben Ordner) und erst gelöscht, wenn der neue Export abgeschlossen ist; schlägt der neue fehl, bleibt der frühere erhalten.</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Skip These</source>
        <translation>Diese überspringen</translation>
    </message>
    <message>
        <source>Already exported, not queued: %1.</source>
        <translation>Bereits exportiert, nicht eingereiht: %1.</translation>
    </message>
    <message>
        <source>%1 is not queued: %2.</source>
        <translation>%1 wurde nicht eingereiht: %2.</translation>
    </message>
    <message>
        <source>Transfer jobs</source>
        <translation>Übertragungsaufträge</translation>
    </message>
    <message>
        <source>Transfers at once</source>
        <translation>Übertragungen gleichzeitig</translation>
    </message>
    <message>
        <source>Deploy OVF/OVA…</source>
        <translation>OVF/OVA bereitstellen …</translation>
    </message>
    <message>
        <source>The transfer queue could not be saved, so the file on disk still holds the queue as it was before (%1). The jobs go on; free some space to have it saved again.</source>
        <translation>Die Übertragungswarteschlange ließ sich nicht speichern; die Datei auf der Platte enthält daher noch den vorherigen Stand (%1). Die Aufträge laufen weiter; geben Sie Speicherplatz frei, damit sie wieder gespeichert wird.</translation>
    </message>
    <message>
        <source>A VM that is still being made is removed from vCenter; one that is already there stays.</source>
        <translation>Eine VM, die noch erstellt wird, wird aus dem vCenter entfernt; eine bereits fertige bleibt.</translation>
    </message>
    <message>
        <source>Cancel the Deploy of</source>
        <translation>Bereitstellung abbrechen</translation>
    </message>
    <message>
        <source>Cancel the Transfer of</source>
        <translation>Übertragung abbrechen</translation>
    </message>
    <message>
        <source>A cancelled job can only start over from the beginning.</source>
        <translation>Ein abgebrochener Auftrag kann nur von vorn beginnen.</translation>
    </message>
    <message>
        <source>The jobs and their logs leave the list, and unfinished ones can no longer be retried from here. Exported files and deployed VMs stay.</source>
        <translation>Die Aufträge und ihre Protokolle verschwinden aus der Liste, und unfertige können von hier aus nicht mehr wiederholt werden. Exportierte Dateien und bereitgestellte VMs bleiben erhalten.</translation>
    </message>
    <message>
        <source>Remove the Deploy of</source>
        <translation>Bereitstellung entfernen</translation>
    </message>
    <message>
        <source>Remove the Transfer of</source>
        <translation>Übertragung entfernen</translation>
    </message>
    <message>
        <source>%1 is uploaded to %2 in %3.</source>
        <translation>%1 wurde nach %2 in %3 hochgeladen.</translation>
    </message>
    <message>
        <source>%1 of %2 is downloaded to %3.</source>
        <translation>%1 aus %2 wurde nach %3 heruntergeladen.</translation>
    </message>
    <message>
        <source>The transfer of %1 is %2.</source>
        <translation>Die Übertragung von %1 ist %2.</translation>
    </message>
    <message>
        <source>The transfer of %1 failed: %2</source>
        <translation>Die Übertragung von %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>FaultMessage</name>
    <message>
        <source>The VM is not in a power state that allows this (for example it is already powered on or off). Reload the inventory to see its current state.</source>
        <translation>Der Betriebszustand der VM lässt das nicht zu (sie ist zum Beispiel bereits ein- oder ausgeschaltet). Laden Sie das Inventar neu, um ihren aktuellen Zustand zu sehen.</translation>
    </message>
    <message>
        <source>The VM is busy or in a state that does not allow this right now (another operation, a migration or a snapshot may be running). Try again when it has finished.</source>
        <translation>Die VM ist beschäftigt oder in einem Zustand, der das gerade nicht zulässt (möglicherweise läuft ein anderer Vorgang, eine Migration oder ein Snapshot). Versuchen Sie es erneut, wenn dieser abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Another task is still running on this VM. Wait for it to finish, then try again.</source>
        <translation>Auf dieser VM läuft noch eine andere Aufgabe. Warten Sie, bis sie abgeschlossen ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your vCenter user lacks the permission for this. Ask your vCenter administrator for the privilege on this VM or its folder.</source>
        <translation>Ihrem vCenter-Benutzer fehlt dafür die Berechtigung. Bitten Sie Ihren vCenter-Administrator um das Privileg für diese VM oder ihren Ordner.</translation>
    </message>
    <message>
        <source>VMware Tools is not running in the guest, so the guest cannot be asked to shut down or restart. Use Power Off or Reset, or start VMware Tools in the guest.</source>
        <translation>VMware Tools läuft im Gast nicht, daher kann der Gast nicht zum Herunterfahren oder Neustarten aufgefordert werden. Verwenden Sie „Ausschalten“ oder „Zurücksetzen“, oder starten Sie VMware Tools im Gast.</translation>
    </message>
    <message>
        <source>This host or VM does not support the operation.</source>
        <translation>Dieser Host bzw. diese VM unterstützt den Vorgang nicht.</translation>
    </message>
    <message>
        <source>The VM no longer exists in vCenter (it was removed or moved). Reload the inventory.</source>
        <translation>Die VM existiert im vCenter nicht mehr (sie wurde entfernt oder verschoben). Laden Sie das Inventar neu.</translation>
    </message>
    <message>
        <source>The host or cluster lacks the CPU, memory or licences to run the VM. Free resources or move the VM to another host.</source>
        <translation>Dem Host oder Cluster fehlen CPU, Arbeitsspeicher oder Lizenzen, um die VM auszuführen. Geben Sie Ressourcen frei oder verschieben Sie die VM auf einen anderen Host.</translation>
    </message>
    <message>
        <source>The VM&apos;s ESXi host is not connected to vCenter. Check the host, then try again.</source>
        <translation>Der ESXi-Host der VM ist nicht mit dem vCenter verbunden. Prüfen Sie den Host und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>A file of the VM is missing or cannot be reached on its datastore.</source>
        <translation>Eine Datei der VM fehlt oder ist auf ihrem Datenspeicher nicht erreichbar.</translation>
    </message>
    <message>
        <source>The name is already in use.</source>
        <translation>Der Name wird bereits verwendet.</translation>
    </message>
    <message>
        <source>The name contains characters vCenter does not accept.</source>
        <translation>Der Name enthält Zeichen, die vCenter nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The snapshot could not be taken or changed (too many snapshots, or a disk that does not allow them).</source>
        <translation>Der Snapshot konnte nicht erstellt oder geändert werden (zu viele Snapshots oder eine Festplatte, die keine zulässt).</translation>
    </message>
    <message>
        <source>vCenter refused the VM&apos;s new configuration.</source>
        <translation>vCenter hat die neue Konfiguration der VM abgelehnt.</translation>
    </message>
    <message>
        <source>vCenter refused a value of the request as invalid.</source>
        <translation>vCenter hat einen Wert der Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>The task was cancelled.</source>
        <translation>Die Aufgabe wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The operation took too long and vCenter gave up.</source>
        <translation>Der Vorgang dauerte zu lange, und vCenter hat aufgegeben.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The vCenter session has ended; log in again.</source>
        <translation>Die vCenter-Sitzung ist beendet; bitte erneut anmelden.</translation>
    </message>
    <message>
        <source>vCenter reported %1.</source>
        <translation>vCenter meldet %1.</translation>
    </message>
    <message>
        <source>vCenter reported %1: %2</source>
        <translation>vCenter meldet %1: %2</translation>
    </message>
</context>
<context>
    <name>FileDriver</name>
    <message>
        <source>no metadata file %1</source>
        <translation>keine Metadatendatei %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>refused an unsafe VM key</source>
        <translation>einen unsicheren VM-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>no document for this VM</source>
        <translation>kein Dokument für diese VM</translation>
    </message>
    <message>
        <source>the document for this VM cannot be read</source>
        <translation>das Dokument für diese VM lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>the document for this VM is not valid</source>
        <translation>das Dokument für diese VM ist ungültig</translation>
    </message>
</context>
<context>
    <name>GuestActivityChart</name>
    <message>
        <source>Requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <source>Latency p99 (ms)</source>
        <translation>Latenz p99 (ms)</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>Anfr./s</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>No requests sampled yet</source>
        <translation>Noch keine Anfragen erfasst</translation>
    </message>
    <message>
        <source>%1 requests/s</source>
        <translation>%1 Anfragen/s</translation>
    </message>
    <message>
        <source>%1, p99 latency %2 ms</source>
        <translation>%1, p99-Latenz %2 ms</translation>
    </message>
</context>
<context>
    <name>GuestAddressWait</name>
    <message numerus="yes">
        <source>No address after %n second(s): %1.</source>
        <translation>
            <numerusform>Keine Adresse nach %n Sekunde: %1.</numerusform>
            <numerusform>Keine Adresse nach %n Sekunden: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a vCenter.</source>
        <translation>Nicht mit einem vCenter verbunden.</translation>
    </message>
    <message>
        <source>the VM is powered on</source>
        <translation>die VM ist eingeschaltet</translation>
    </message>
    <message>
        <source>the power state is unknown</source>
        <translation>der Betriebszustand ist unbekannt</translation>
    </message>
    <message>
        <source>the VM is %1</source>
        <translation>die VM ist %1</translation>
    </message>
    <message>
        <source>VMware Tools are running</source>
        <translation>VMware Tools läuft</translation>
    </message>
    <message>
        <source>VMware Tools are not running, so vCenter cannot learn the guest&apos;s address</source>
        <translation>VMware Tools läuft nicht, daher kann vCenter die Adresse des Gasts nicht erfahren</translation>
    </message>
    <message>
        <source>the guest reports no network adapters</source>
        <translation>der Gast meldet keine Netzwerkadapter</translation>
    </message>
    <message>
        <source>a NIC</source>
        <translation>ein Netzwerkadapter</translation>
    </message>
    <message>
        <source>NIC %1</source>
        <translation>Netzwerkadapter %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation>%1 hat keine Adresse</translation>
    </message>
    <message>
        <source>%1 has only %2</source>
        <translation>%1 hat nur %2</translation>
    </message>
</context>
<context>
    <name>GuestCommand</name>
    <message>
        <source>No command to run.</source>
        <translation>Kein Befehl zum Ausführen.</translation>
    </message>
    <message>
        <source>Not connected to a vCenter.</source>
        <translation>Nicht mit einem vCenter verbunden.</translation>
    </message>
    <message>
        <source>
[vmdesk: output cut at %1 bytes]
</source>
        <translation>
[vmdesk: Ausgabe bei %1 Bytes abgeschnitten]
</translation>
    </message>
    <message>
        <source>The output %1 could not be downloaded: %2</source>
        <translation>Die Ausgabe %1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>The guest lost track of process %1.</source>
        <translation>Der Gast kennt den Prozess %1 nicht mehr.</translation>
    </message>
    <message>
        <source>The command did not end in time; process %1 was terminated.</source>
        <translation>Der Befehl endete nicht rechtzeitig; Prozess %1 wurde beendet.</translation>
    </message>
</context>
<context>
    <name>GuestCommandDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Output (stdout)</source>
        <translation>Ausgabe (stdout)</translation>
    </message>
    <message>
        <source>Errors (stderr)</source>
        <translation>Fehler (stderr)</translation>
    </message>
    <message>
        <source>Run in Guest — %1</source>
        <translation>Im Gast ausführen — %1</translation>
    </message>
    <message>
        <source>e.g. df -h /</source>
        <translation>z. B. df -h /</translation>
    </message>
    <message>
        <source>the guest user&apos;s home</source>
        <translation>Benutzerordner des Gastbenutzers</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation>Arbeits&amp;ordner:</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt …</translation>
    </message>
    <message>
        <source>Exit code %1 (process %2)</source>
        <translation>Exit-Code %1 (Prozess %2)</translation>
    </message>
</context>
<context>
    <name>GuestConnection</name>
    <message>
        <source>the host closed the connection</source>
        <translation>der Host schloss die Verbindung</translation>
    </message>
    <message>
        <source>socket error</source>
        <translation>Socket-Fehler</translation>
    </message>
    <message>
        <source>no VM identity within %1 s</source>
        <translation>keine VM-Identität binnen %1 s</translation>
    </message>
    <message>
        <source>idle for too long</source>
        <translation>zu lange untätig</translation>
    </message>
    <message>
        <source>dropped a line longer than %1 bytes</source>
        <translation>eine Zeile länger als %1 Bytes verworfen</translation>
    </message>
    <message>
        <source>too many requests queued; dropped one</source>
        <translation>zu viele Anfragen in der Warteschlange; eine verworfen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the VM has not said its %1 yet</source>
        <translation>die VM hat ihre %1 noch nicht genannt</translation>
    </message>
    <message>
        <source>the host stopped reading (%1 bytes pending)</source>
        <translation>der Host liest nicht mehr (%1 Bytes ausstehend)</translation>
    </message>
    <message>
        <source>closed: %1</source>
        <translation>geschlossen: %1</translation>
    </message>
    <message>
        <source>identified as %1</source>
        <translation>erkannt als %1</translation>
    </message>
    <message>
        <source>refused DO-PROXY: the port URI is not configured</source>
        <translation>DO-PROXY abgelehnt: die Port-URI ist nicht konfiguriert</translation>
    </message>
    <message>
        <source>refused a vMotion (NOTNOW)</source>
        <translation>eine vMotion abgelehnt (NOTNOW)</translation>
    </message>
    <message>
        <source>vMotion begins (sequence %1)</source>
        <translation>vMotion beginnt (Sequenz %1)</translation>
    </message>
    <message>
        <source>vMotion peer with an unknown sequence and secret</source>
        <translation>vMotion-Gegenstelle mit unbekannter Sequenz und unbekanntem Geheimnis</translation>
    </message>
    <message>
        <source>vMotion aborted; this connection stays in use</source>
        <translation>vMotion abgebrochen; diese Verbindung bleibt in Gebrauch</translation>
    </message>
    <message>
        <source>unknown VMware sub-option %1 answered with UNKNOWN-SUBOPTION-RCVD-2</source>
        <translation>unbekannte VMware-Unteroption %1 mit UNKNOWN-SUBOPTION-RCVD-2 beantwortet</translation>
    </message>
    <message>
        <source>vMotion complete: now served through %1</source>
        <translation>vMotion abgeschlossen: jetzt über %1 bedient</translation>
    </message>
    <message>
        <source>a request came before the port was accepted through DO-PROXY</source>
        <translation>eine Anfrage kam, bevor der Port per DO-PROXY angenommen war</translation>
    </message>
    <message>
        <source>the port URI is not configured here</source>
        <translation>die Port-URI ist hier nicht eingerichtet</translation>
    </message>
    <message>
        <source>refused a vMotion of a port that was never accepted</source>
        <translation>vMotion eines nie angenommenen Ports abgelehnt</translation>
    </message>
    <message>
        <source>the document changed after the guest fetched it</source>
        <translation>das Dokument hat sich geändert, nachdem der Gast es abgerufen hat</translation>
    </message>
    <message>
        <source>more than %1 bytes held for a vMotion that does not complete</source>
        <translation>mehr als %1 Bytes für eine vMotion zurückgehalten, die nicht abgeschlossen wird</translation>
    </message>
    <message>
        <source>refused a vMotion (NOTNOW): the shared store cannot record it now</source>
        <translation>vMotion abgelehnt (NOTNOW): der gemeinsame Speicher kann sie gerade nicht festhalten</translation>
    </message>
    <message>
        <source>vMotion complete: moved here from the server at %1</source>
        <translation>vMotion abgeschlossen: vom Server unter %1 hierher verschoben</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
</context>
<context>
    <name>GuestConnectionModel</name>
    <message>
        <source>%1 (%2 failed)</source>
        <translation>%1 (%2 fehlgeschlagen)</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Host connection</source>
        <translation>Host-Verbindung</translation>
    </message>
    <message>
        <source>Port URI</source>
        <translation>Port-URI</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>Letzte Anfrage</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>VC UUID</source>
        <translation>VC-UUID</translation>
    </message>
    <message>
        <source>BIOS UUID</source>
        <translation>BIOS-UUID</translation>
    </message>
    <message>
        <source>The VM&apos;s document was changed after the guest fetched it: the guest runs on the old data until cloud-init fetches again.</source>
        <translation>Das Dokument der VM wurde geändert, nachdem der Gast es abgerufen hat: Der Gast arbeitet mit den alten Daten, bis cloud-init sie erneut abruft.</translation>
    </message>
    <message>
        <source>%1 · document changed since fetch</source>
        <translation>%1 · Dokument seit dem Abruf geändert</translation>
    </message>
</context>
<context>
    <name>GuestEnvironmentModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>GuestEnvironmentPanel</name>
    <message>
        <source>Filter names and values</source>
        <translation>Namen und Werte filtern</translation>
    </message>
    <message>
        <source>Filter the environment</source>
        <translation>Umgebung filtern</translation>
    </message>
    <message>
        <source>Guest environment</source>
        <translation>Gastumgebung</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n Variable</numerusform>
            <numerusform>%n Variablen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n variable(s)</source>
        <translation>
            <numerusform>%1 von %n Variable</numerusform>
            <numerusform>%1 von %n Variablen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuestFileBrowser</name>
    <message>
        <source>Guest folder</source>
        <translation>Gastordner</translation>
    </message>
    <message>
        <source>A folder in the guest, e.g. /var/log</source>
        <translation>Ein Ordner im Gast, z. B. /var/log</translation>
    </message>
    <message>
        <source>Guest files</source>
        <translation>Gastdateien</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Benutzerordner</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>U&amp;pload…</source>
        <translation>&amp;Hochladen …</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>He&amp;runterladen …</translation>
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation>&amp;Neuer Ordner …</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>U&amp;mbenennen …</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>The upload of %1 failed: %2</source>
        <translation>Das Hochladen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Listing %1…</source>
        <translation>%1 wird aufgelistet …</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Created the folder %1.</source>
        <translation>Der Ordner %1 wurde angelegt.</translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation>%1 in %2 umbenannt.</translation>
    </message>
    <message>
        <source>Delete %1 from %2?</source>
        <translation>%1 aus %2 löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n items from %1?</source>
        <translation>
            <numerusform>Diesen %n Eintrag aus %1 löschen?</numerusform>
            <numerusform>Diese %n Einträge aus %1 löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The folders are deleted with everything in them: %1.</source>
        <translation>
            <numerusform>Der Ordner wird mit seinem gesamten Inhalt gelöscht: %1.</numerusform>
            <numerusform>Die Ordner werden mit ihrem gesamten Inhalt gelöscht: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete in the Guest</source>
        <translation>Im Gast löschen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Open a guest folder first.</source>
        <translation>Öffnen Sie zuerst einen Gastordner.</translation>
    </message>
    <message>
        <source>Replace in the Guest</source>
        <translation>Im Gast ersetzen</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n of these file(s): %2. Replace them?</source>
        <translation>
            <numerusform>%1 enthält bereits %n dieser Dateien: %2. Soll sie ersetzt werden?</numerusform>
            <numerusform>%1 enthält bereits %n dieser Dateien: %2. Sollen sie ersetzt werden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Only files are uploaded; left out: %1.</source>
        <translation>Nur Dateien werden hochgeladen; ausgelassen: %1.</translation>
    </message>
    <message>
        <source>Folders are not downloaded, only files; left out: %1.</source>
        <translation>Ordner werden nicht heruntergeladen, nur Dateien; ausgelassen: %1.</translation>
    </message>
    <message>
        <source>The upload of %1 is on the Transfers page.</source>
        <translation>Das Hochladen von %1 ist auf der Seite „Übertragungen“ eingereiht.</translation>
    </message>
    <message>
        <source>The download of %1 is on the Transfers page.</source>
        <translation>Das Herunterladen von %1 ist auf der Seite „Übertragungen“ eingereiht.</translation>
    </message>
    <message>
        <source>Uploaded %1.</source>
        <translation>%1 hochgeladen.</translation>
    </message>
    <message>
        <source>Downloaded %1.</source>
        <translation>%1 heruntergeladen.</translation>
    </message>
    <message>
        <source>The download of %1 failed: %2</source>
        <translation>Das Herunterladen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>%1 wird hochgeladen …</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen …</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s): %p%</source>
        <translation>
            <numerusform>%n Übertragung: %p %</numerusform>
            <numerusform>%n Übertragungen: %p %</numerusform>
        </translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>Name des neuen Ordners in %1:</translation>
    </message>
    <message>
        <source>Choose one entry to rename.</source>
        <translation>Wählen Sie genau einen Eintrag zum Umbenennen.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>Neuer Name für %1:</translation>
    </message>
    <message>
        <source>Upload to %1</source>
        <translation>Nach %1 hochladen</translation>
    </message>
    <message>
        <source>Download to</source>
        <translation>Herunterladen nach</translation>
    </message>
    <message>
        <source>Listing the folder…</source>
        <translation>Ordner wird aufgelistet …</translation>
    </message>
    <message>
        <source>No folder is shown.</source>
        <translation>Es wird kein Ordner angezeigt.</translation>
    </message>
    <message>
        <source>%1 is empty.
Drop files here to upload them.</source>
        <translation>%1 ist leer.
Ziehen Sie Dateien hierher, um sie hochzuladen.</translation>
    </message>
    <message>
        <source>Replace on This Computer</source>
        <translation>Auf diesem Computer ersetzen</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n of these file(s): %2. Replace them, or skip them and download only the others?</source>
        <translation>
            <numerusform>%1 enthält bereits %n dieser Dateien: %2. Soll sie ersetzt oder übersprungen werden, sodass nur die anderen heruntergeladen werden?</numerusform>
            <numerusform>%1 enthält bereits %n dieser Dateien: %2. Sollen sie ersetzt oder übersprungen werden, sodass nur die anderen heruntergeladen werden?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>&amp;Skip These</source>
        <translation>&amp;Diese überspringen</translation>
    </message>
    <message>
        <source>Not replaced: %1.</source>
        <translation>Nicht ersetzt: %1.</translation>
    </message>
</context>
<context>
    <name>GuestFileModel</name>
    <message>
        <source>Link to %1</source>
        <translation>Link auf %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>GuestFileTransfer</name>
    <message>
        <source>Not connected to a vCenter.</source>
        <translation>Nicht mit einem vCenter verbunden.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
</context>
<context>
    <name>GuestInfo</name>
    <message>
        <source>negotiating</source>
        <translation>verhandelt</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>wird bedient</translation>
    </message>
    <message>
        <source>vMotion</source>
        <translation>vMotion</translation>
    </message>
    <message>
        <source>closed recently</source>
        <translation>kürzlich getrennt</translation>
    </message>
</context>
<context>
    <name>GuestInfoChannel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not connected to a vCenter.</source>
        <translation>Nicht mit einem vCenter verbunden.</translation>
    </message>
    <message>
        <source>vCenter accepted the guestinfo keys, but reading them back gave different data.</source>
        <translation>vCenter hat die guestinfo-Schlüssel angenommen, aber das Zurücklesen ergab andere Daten.</translation>
    </message>
</context>
<context>
    <name>GuestInfoCodec</name>
    <message>
        <source>the gzip data ends early</source>
        <translation>die gzip-Daten enden vorzeitig</translation>
    </message>
    <message>
        <source>the data is not valid gzip (zlib: %1)</source>
        <translation>die Daten sind kein gültiges gzip (zlib: %1)</translation>
    </message>
    <message>
        <source>it holds a character that is not base64</source>
        <translation>der Wert enthält ein Zeichen, das nicht zu Base64 gehört</translation>
    </message>
    <message>
        <source>its &quot;=&quot; padding is wrong</source>
        <translation>die „=“-Auffüllung ist falsch</translation>
    </message>
    <message>
        <source>its length is not that of base64</source>
        <translation>die Länge passt nicht zu Base64</translation>
    </message>
    <message>
        <source>cloud-init knows base64, b64, gzip+base64 and gz+b64 and would read this value as plain text</source>
        <translation>cloud-init kennt base64, b64, gzip+base64 und gz+b64 und würde diesen Wert als reinen Text lesen</translation>
    </message>
    <message>
        <source>cannot decode %1: %2</source>
        <translation>kann nicht als %1 dekodiert werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 KiB after %3; VMware guestinfo takes at most %4 KiB per value</source>
        <translation>%1 ist nach %3 %2 KiB groß; VMware guestinfo nimmt höchstens %4 KiB pro Wert auf</translation>
    </message>
    <message>
        <source>meta-data and user-data are %1 KiB together after %2; a VMX file takes at most %3 KiB</source>
        <translation>meta-data und user-data sind nach %2 zusammen %1 KiB groß; eine VMX-Datei fasst höchstens %3 KiB</translation>
    </message>
    <message>
        <source>the metadata is not a map of keys</source>
        <translation>die Metadaten sind keine Zuordnung von Schlüsseln</translation>
    </message>
    <message>
        <source>the metadata is neither JSON nor YAML: %1</source>
        <translation>die Metadaten sind weder JSON noch YAML: %1</translation>
    </message>
    <message>
        <source>the metadata&apos;s network was not imported: %1</source>
        <translation>network in den Metadaten wurde nicht importiert: %1</translation>
    </message>
    <message>
        <source>the metadata&apos;s network is not a map; it was not imported</source>
        <translation>network in den Metadaten ist keine Zuordnung; es wurde nicht importiert</translation>
    </message>
    <message>
        <source>metadata key &quot;%1&quot; is kept in the document, but vmdesk does not serve it</source>
        <translation>der Metadatenschlüssel „%1“ bleibt im Dokument erhalten, aber vmdesk liefert ihn nicht aus</translation>
    </message>
    <message>
        <source>the user-data was gzip-compressed; it was imported uncompressed</source>
        <translation>die user-data war gzip-komprimiert; sie wurde unkomprimiert importiert</translation>
    </message>
    <message>
        <source>the user-data (%1 bytes) is not UTF-8 text; it was not imported</source>
        <translation>die user-data (%1 Bytes) ist kein UTF-8-Text; sie wurde nicht importiert</translation>
    </message>
    <message>
        <source>the vendor-data (%1 bytes) was not imported: a vmdesk document has none</source>
        <translation>die vendor-data (%1 Bytes) wurde nicht importiert: Ein vmdesk-Dokument hat keine</translation>
    </message>
    <message>
        <source>there is no metadata or user-data to import</source>
        <translation>es gibt keine Metadaten oder user-data zum Importieren</translation>
    </message>
    <message>
        <source>the imported document needs editing before it can be used: %1</source>
        <translation>das importierte Dokument muss vor der Verwendung bearbeitet werden: %1</translation>
    </message>
</context>
<context>
    <name>GuestLoginDialog</name>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Sign In to the Guest — %1</source>
        <translation>Am Gast anmelden — %1</translation>
    </message>
    <message>
        <source>No keychain is available, so the password is kept only while the window is open.</source>
        <translation>Kein Schlüsselbund verfügbar; das Passwort wird daher nur aufbewahrt, solange das Fenster geöffnet ist.</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Guest operations act inside %1 as a user of its operating system, through VMware Tools.</source>
        <translation>Gastoperationen handeln über VMware Tools in %1 als Benutzer des Gastbetriebssystems.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Checking with the guest…</source>
        <translation>Wird beim Gast geprüft …</translation>
    </message>
</context>
<context>
    <name>GuestOperations</name>
    <message>
        <source>The guest refused the user name or password.</source>
        <translation>Der Gast hat den Benutzernamen oder das Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>The guest asks for a further authentication step, which vmdesk does not answer.</source>
        <translation>Der Gast verlangt einen weiteren Authentifizierungsschritt, den vmdesk nicht beantwortet.</translation>
    </message>
    <message>
        <source>Guest operations are not available: the VM must be powered on with VMware Tools running.</source>
        <translation>Gastoperationen sind nicht verfügbar: Die VM muss eingeschaltet sein und VMware Tools muss laufen.</translation>
    </message>
    <message>
        <source>Guest operations need a powered-on VM.</source>
        <translation>Gastoperationen erfordern eine eingeschaltete VM.</translation>
    </message>
    <message>
        <source>%1 does not exist in the guest.</source>
        <translation>%1 existiert im Gast nicht.</translation>
    </message>
    <message>
        <source>%1 already exists in the guest.</source>
        <translation>%1 existiert im Gast bereits.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is not empty.</source>
        <translation>%1 ist nicht leer.</translation>
    </message>
    <message>
        <source>The guest user may not do this with %1 (permission denied).</source>
        <translation>Der Gastbenutzer darf das mit %1 nicht tun (Zugriff verweigert).</translation>
    </message>
    <message>
        <source>There is no process %1 in the guest.</source>
        <translation>Im Gast gibt es keinen Prozess %1.</translation>
    </message>
    <message>
        <source>Not connected to a vCenter.</source>
        <translation>Nicht mit einem vCenter verbunden.</translation>
    </message>
    <message>
        <source>A guest user name is required.</source>
        <translation>Ein Gastbenutzername ist erforderlich.</translation>
    </message>
    <message>
        <source>This server offers no guest operations (vSphere 5.0 or later needed).</source>
        <translation>Dieser Server bietet keine Gastoperationen an (vSphere 5.0 oder neuer erforderlich).</translation>
    </message>
    <message>
        <source>the temporary folder</source>
        <translation>der temporäre Ordner</translation>
    </message>
    <message>
        <source>the process list</source>
        <translation>die Prozessliste</translation>
    </message>
    <message>
        <source>the environment</source>
        <translation>die Umgebung</translation>
    </message>
    <message>
        <source>The VM&apos;s VMware Tools are too old for guest operations; update them.</source>
        <translation>Die VMware Tools der VM sind für Gastoperationen zu alt; aktualisieren Sie sie.</translation>
    </message>
    <message>
        <source>The guest has too many open guest-operation sessions; try again in a moment.</source>
        <translation>Der Gast hat zu viele offene Gastoperationssitzungen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The guest&apos;s VMware Tools configuration disables this operation.</source>
        <translation>Die Konfiguration der VMware Tools des Gasts deaktiviert diese Operation.</translation>
    </message>
    <message>
        <source>The guest&apos;s operating system or Tools do not support this operation.</source>
        <translation>Das Betriebssystem oder die Tools des Gasts unterstützen diese Operation nicht.</translation>
    </message>
    <message>
        <source>The guest user maps to more than one account; use a unique user.</source>
        <translation>Der Gastbenutzer entspricht mehr als einem Konto; verwenden Sie einen eindeutigen Benutzer.</translation>
    </message>
    <message>
        <source>%1 cannot be read or written in the guest.</source>
        <translation>%1 lässt sich im Gast weder lesen noch schreiben.</translation>
    </message>
    <message>
        <source>%1 is too large for the guest&apos;s file system.</source>
        <translation>%1 ist für das Dateisystem des Gasts zu groß.</translation>
    </message>
    <message>
        <source>The guest refused a value of the request for %1 as invalid (paths must be absolute, patterns valid regular expressions).</source>
        <translation>Der Gast hat einen Wert der Anfrage für %1 als ungültig abgelehnt (Pfade müssen absolut, Muster gültige reguläre Ausdrücke sein).</translation>
    </message>
</context>
<context>
    <name>GuestProcessModel</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>Exit %1</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>GuestProcessPanel</name>
    <message>
        <source>&amp;Kill…</source>
        <translation>&amp;Beenden …</translation>
    </message>
    <message>
        <source>Guest processes</source>
        <translation>Gastprozesse</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Start Program…</source>
        <translation>Programm &amp;starten …</translation>
    </message>
    <message>
        <source>Run &amp;Command…</source>
        <translation>Be&amp;fehl ausführen …</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n Prozess</numerusform>
            <numerusform>%n Prozesse</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Kill Process</source>
        <translation>Prozess beenden</translation>
    </message>
    <message>
        <source>Kill process %1 in %2?

%3

It ends at once, without saving its work.</source>
        <translation>Prozess %1 in %2 beenden?

%3

Er endet sofort, ohne seine Arbeit zu speichern.</translation>
    </message>
    <message>
        <source>&amp;Kill</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Process %1 was killed.</source>
        <translation>Prozess %1 wurde beendet.</translation>
    </message>
    <message>
        <source>Started %1 as process %2.</source>
        <translation>%1 als Prozess %2 gestartet.</translation>
    </message>
    <message>
        <source>Start Program — %1</source>
        <translation>Programm starten — %1</translation>
    </message>
    <message>
        <source>an absolute path in the guest, e.g. /usr/bin/sleep</source>
        <translation>ein absoluter Pfad im Gast, z. B. /usr/bin/sleep</translation>
    </message>
    <message>
        <source>the guest user&apos;s home</source>
        <translation>Benutzerordner des Gastbenutzers</translation>
    </message>
    <message>
        <source>The program runs in the background; its output is not kept. Use Run Command to see output.</source>
        <translation>Das Programm läuft im Hintergrund; seine Ausgabe wird nicht aufbewahrt. Verwenden Sie „Befehl ausführen“, um die Ausgabe zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Argumente:</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation>Arbeits&amp;ordner:</translation>
    </message>
    <message>
        <source>This process has ended.</source>
        <translation>Dieser Prozess ist beendet.</translation>
    </message>
</context>
<context>
    <name>GuestTransferJob</name>
    <message>
        <source>%1 bytes %2</source>
        <translation>%1 Bytes %2</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>hochgeladen</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>heruntergeladen</translation>
    </message>
    <message>
        <source>uploading %1 to %2 in %3</source>
        <translation>%1 wird nach %2 in %3 hochgeladen</translation>
    </message>
    <message>
        <source>downloading %1 from %2 to %3</source>
        <translation>%1 wird aus %2 nach %3 heruntergeladen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>wird hochgeladen</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>wird heruntergeladen</translation>
    </message>
</context>
<context>
    <name>GuestWindow</name>
    <message>
        <source>Guest — %1</source>
        <translation>Gast — %1</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Dateien</translation>
    </message>
    <message>
        <source>&amp;Processes</source>
        <translation>&amp;Prozesse</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Umgebung</translation>
    </message>
    <message>
        <source>Not signed in to the guest.</source>
        <translation>Nicht am Gast angemeldet.</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <source>Signing in to the guest as %1…</source>
        <translation>Anmeldung am Gast als %1 …</translation>
    </message>
    <message>
        <source>The password was not kept in the keychain: %1</source>
        <translation>Das Passwort wurde nicht im Schlüsselbund gespeichert: %1</translation>
    </message>
    <message>
        <source>The guest refused the password kept in the keychain. Enter it again.</source>
        <translation>Der Gast hat das im Schlüsselbund gespeicherte Passwort abgelehnt. Geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>GuestsPage</name>
    <message>
        <source>The address ESXi hosts connect to; 0.0.0.0 listens on all</source>
        <translation>Die Adresse, mit der sich ESXi-Hosts verbinden; 0.0.0.0 lauscht auf allen</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>The port URIs VMs may ask for (the serial port&apos;s &quot;Port URI&quot;), separated by commas</source>
        <translation>Die Port-URIs, die VMs anfragen dürfen (&quot;Port-URI&quot; der seriellen Schnittstelle), durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Folder with one &lt;VM&gt;.yaml per VM</source>
        <translation>Ordner mit einer &lt;VM&gt;.yaml je VM</translation>
    </message>
    <message>
        <source>VM name</source>
        <translation>VM-Name</translation>
    </message>
    <message>
        <source>VC UUID</source>
        <translation>VC-UUID</translation>
    </message>
    <message>
        <source>BIOS UUID</source>
        <translation>BIOS-UUID</translation>
    </message>
    <message>
        <source>LF</source>
        <translation>LF</translation>
    </message>
    <message>
        <source>LF CR (like vmw-cloudinit-metadata)</source>
        <translation>LF CR (wie vmw-cloudinit-metadata)</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Lauschen auf:</translation>
    </message>
    <message>
        <source>Port URIs:</source>
        <translation>Port-URIs:</translation>
    </message>
    <message>
        <source>Metadata folder:</source>
        <translation>Metadatenordner:</translation>
    </message>
    <message>
        <source>Line ending:</source>
        <translation>Zeilenende:</translation>
    </message>
    <message>
        <source>Find files by:</source>
        <translation>Dateien finden nach:</translation>
    </message>
    <message>
        <source>Filter guests</source>
        <translation>Gäste filtern</translation>
    </message>
    <message>
        <source>Select a response to see exactly what the guest received</source>
        <translation>Eine Antwort wählen, um genau zu sehen, was der Gast bekam</translation>
    </message>
    <message>
        <source>Metadata folder</source>
        <translation>Metadatenordner</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>&quot;%1&quot; ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>Choose an existing metadata folder first.</source>
        <translation>Zuerst einen vorhandenen Metadatenordner wählen.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Metadata server stopped</source>
        <translation>Metadatenserver gestoppt</translation>
    </message>
    <message>
        <source>Metadata server</source>
        <translation>Metadatenserver</translation>
    </message>
    <message>
        <source>any host (e.g. 10.0.0.0/8 for the ESXi hosts&apos; network)</source>
        <translation>jeder Host (z. B. 10.0.0.0/8 für das Netz der ESXi-Hosts)</translation>
    </message>
    <message>
        <source>Accept connections only from these networks or addresses, separated by commas. Empty: from any host; only ports that name a configured URI are served either way.</source>
        <translation>Verbindungen nur aus diesen Netzen oder von diesen Adressen annehmen, durch Kommas getrennt. Leer: von jedem Host; bedient werden ohnehin nur Ports, die eine eingerichtete URI nennen.</translation>
    </message>
    <message>
        <source>Allowed hosts:</source>
        <translation>Erlaubte Hosts:</translation>
    </message>
    <message>
        <source>Allowed hosts: %1</source>
        <translation>Erlaubte Hosts: %1</translation>
    </message>
    <message>
        <source>The demo metadata server could not start.</source>
        <translation>Der Demo-Metadatenserver konnte nicht starten.</translation>
    </message>
    <message>
        <source>&amp;Create YAML for This VM</source>
        <translation>YAML für diese VM &amp;anlegen</translation>
    </message>
    <message>
        <source>&amp;Preview Payload</source>
        <translation>&amp;Vorschau der Nutzdaten</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Lauschadresse</translation>
    </message>
    <message>
        <source>Listen port</source>
        <translation>Lauschport</translation>
    </message>
    <message>
        <source>Port URIs</source>
        <translation>Port-URIs</translation>
    </message>
    <message>
        <source>Allowed hosts</source>
        <translation>Erlaubte Hosts</translation>
    </message>
    <message>
        <source>Search guests</source>
        <translation>Gäste durchsuchen</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>Connected guests</source>
        <translation>Verbundene Gäste</translation>
    </message>
    <message>
        <source>Packet log</source>
        <translation>Paketprotokoll</translation>
    </message>
    <message>
        <source>Open a starter document for the selected guest&apos;s VM on the Metadata page</source>
        <translation>Ein Startdokument für die VM des gewählten Gasts auf der Seite „Metadaten“ öffnen</translation>
    </message>
    <message>
        <source>Show on the Metadata page exactly what the selected guest&apos;s VM is served</source>
        <translation>Auf der Seite „Metadaten“ genau zeigen, was die VM des gewählten Gasts geliefert bekommt</translation>
    </message>
    <message>
        <source>Guest Actions</source>
        <translation>Gastaktionen</translation>
    </message>
    <message>
        <source>The last request failed: %1</source>
        <translation>Die letzte Anfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No guest is connected yet</source>
        <translation>Noch kein Gast verbunden</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The server listens on &lt;b&gt;%1&lt;/b&gt;, port &lt;b&gt;%2&lt;/b&gt;, and accepts the port URI &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>Der Server lauscht auf &lt;b&gt;%1&lt;/b&gt;, Port &lt;b&gt;%2&lt;/b&gt;, und nimmt die Port-URI &lt;b&gt;%3&lt;/b&gt; an.</translation>
    </message>
    <message>
        <source>Start the server above (it will listen on &lt;b&gt;%1&lt;/b&gt;, port &lt;b&gt;%2&lt;/b&gt;, for the port URI &lt;b&gt;%3&lt;/b&gt;).</source>
        <translation>Starten Sie oben den Server (er lauscht dann auf &lt;b&gt;%1&lt;/b&gt;, Port &lt;b&gt;%2&lt;/b&gt;, für die Port-URI &lt;b&gt;%3&lt;/b&gt;).</translation>
    </message>
    <message>
        <source>In the Inventory, choose the VMs, then &lt;i&gt;Connect Serial Port to Metadata Server…&lt;/i&gt; from the VM menu or the context menu. It gives each VM a network serial port with the port URI &lt;b&gt;%1&lt;/b&gt; and the vSPC address &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Wählen Sie im Inventar die VMs und dann im Menü „VM“ oder im Kontextmenü &lt;i&gt;Serielle Schnittstelle mit dem Metadatenserver verbinden…&lt;/i&gt;. Das gibt jeder VM eine serielle Netzwerkschnittstelle mit der Port-URI &lt;b&gt;%1&lt;/b&gt; und der vSPC-Adresse &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Power on or restart the guest. Inside it, cloud-init&apos;s data is fetched from that serial port into its NoCloud seed (for example &lt;tt&gt;vmdeskctl guest-fetch --port /dev/ttyS1 --seed-dir /var/lib/cloud/seed/nocloud&lt;/tt&gt; before cloud-init runs).</source>
        <translation>Schalten Sie den Gast ein oder starten Sie ihn neu. Darin werden die Daten für cloud-init über diese serielle Schnittstelle in seinen NoCloud-Seed geholt (zum Beispiel mit &lt;tt&gt;vmdeskctl guest-fetch --port /dev/ttyS1 --seed-dir /var/lib/cloud/seed/nocloud&lt;/tt&gt;, bevor cloud-init läuft).</translation>
    </message>
    <message>
        <source>The guest appears here, with every request it makes and what it was sent.</source>
        <translation>Der Gast erscheint hier, mit jeder seiner Anfragen und dem, was er erhalten hat.</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message numerus="yes">
        <source>Metadata server on port %1: %n guest(s) connected</source>
        <translation>
            <numerusform>Metadaten-Server auf Port %1: %n Gast verbunden</numerusform>
            <numerusform>Metadaten-Server auf Port %1: %n Gäste verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln request(s) so far</source>
        <translation>
            <numerusform>, bisher %Ln Anfrage</numerusform>
            <numerusform>, bisher %Ln Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>This Server</source>
        <translation>Dieser Server</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>vmdesk Help</source>
        <translation>vmdesk-Hilfe</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Search Syntax</source>
        <translation>Suchsyntax</translation>
    </message>
    <message>
        <source>%1 – vmdesk Help</source>
        <translation>%1 – vmdesk-Hilfe</translation>
    </message>
</context>
<context>
    <name>HypervHostDialog</name>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Hyper-V Host</source>
        <translation>Hyper-V-Host</translation>
    </message>
    <message>
        <source>the host name when empty</source>
        <translation>leer: der Hostname</translation>
    </message>
    <message>
        <source>hyperv01.example.com or https://hyperv01:5986/wsman</source>
        <translation>hyperv01.example.com oder https://hyperv01:5986/wsman</translation>
    </message>
    <message>
        <source>Administrator or DOMAIN\user</source>
        <translation>Administrator oder DOMÄNE\Benutzer</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Windows (Negotiate/NTLM)</source>
        <translation>Windows (Negotiate/NTLM)</translation>
    </message>
    <message>
        <source>Basic needs WinRM&apos;s Auth/Basic=true and a local account; Windows uses Kerberos or NTLM with a domain or local account. Both over HTTPS.</source>
        <translation>Basic braucht Auth/Basic=true in WinRM und ein lokales Konto; Windows verwendet Kerberos oder NTLM mit einem Domänen- oder lokalen Konto. Beides über HTTPS.</translation>
    </message>
    <message>
        <source>asked when connecting when empty</source>
        <translation>leer: wird beim Verbinden abgefragt</translation>
    </message>
    <message>
        <source>No keychain: the password will not be remembered.</source>
        <translation>Kein Schlüsselbund: Das Passwort wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation>Au&amp;thentifizierung:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation>Vertrauenswürdiges Zertifikat:</translation>
    </message>
    <message>
        <source>&amp;Forget the trusted certificate</source>
        <translation>Vertrauenswürdiges Zertifikat ver&amp;gessen</translation>
    </message>
    <message>
        <source>The next connection asks again whether to trust the host&apos;s certificate: for a renewed certificate, which the old pin refuses.</source>
        <translation>Bei der nächsten Verbindung wird erneut gefragt, ob dem Zertifikat des Hosts vertraut werden soll: für ein erneuertes Zertifikat, das die bisherige Festlegung ablehnt.</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
</context>
<context>
    <name>HypervHostPanel</name>
    <message>
        <source>A&amp;dd Host…</source>
        <translation>Host hin&amp;zufügen …</translation>
    </message>
    <message>
        <source>Edit &amp;Host…</source>
        <translation>Host &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Remove Ho&amp;st</source>
        <translation>Host ent&amp;fernen</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Hyper-V &amp;host:</source>
        <translation>&amp;Hyper-V-Host:</translation>
    </message>
    <message>
        <source>Hyper-V host</source>
        <translation>Hyper-V-Host</translation>
    </message>
    <message>
        <source>Reads the VMs and the selected VM&apos;s items again</source>
        <translation>Liest die VMs und die Einträge der ausgewählten VM neu ein</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>Virtuelle Maschinen</translation>
    </message>
    <message>
        <source>Hyper-V connection status</source>
        <translation>Status der Hyper-V-Verbindung</translation>
    </message>
    <message>
        <source>Add a Hyper-V Host</source>
        <translation>Hyper-V-Host hinzufügen</translation>
    </message>
    <message>
        <source>Edit the Hyper-V Host %1</source>
        <translation>Hyper-V-Host %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove the Hyper-V Host</source>
        <translation>Hyper-V-Host entfernen</translation>
    </message>
    <message>
        <source>Remove the host %1 from the list? Its password is removed from the keychain too; its VMs keep their KVP items.</source>
        <translation>Den Host %1 aus der Liste entfernen? Sein Passwort wird auch aus dem Schlüsselbund entfernt; seine VMs behalten ihre KVP-Einträge.</translation>
    </message>
    <message>
        <source>The host was not removed: %1</source>
        <translation>Der Host wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <source>The password stays in the keychain: %1</source>
        <translation>Das Passwort bleibt im Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>Removed the host %1.</source>
        <translation>Host %1 entfernt.</translation>
    </message>
    <message>
        <source>The host was not saved: %1</source>
        <translation>Der Host wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The stored password was not accepted. Type the current one.</source>
        <translation>Das gespeicherte Passwort wurde nicht akzeptiert. Geben Sie das aktuelle ein.</translation>
    </message>
    <message>
        <source>Reading the password of %1 from the keychain…</source>
        <translation>Das Passwort von %1 wird aus dem Schlüsselbund gelesen …</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>Mit %1 verbinden</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt …</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %n VM(s).</source>
        <translation>
            <numerusform>Verbunden mit %1: %n VM.</numerusform>
            <numerusform>Verbunden mit %1: %n VMs.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password was not remembered: %1</source>
        <translation>Das Passwort wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Certificate changed</source>
        <translation>Zertifikat geändert</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>The Hyper-V host&apos;s certificate cannot be verified.

SHA-256: %1

Compare the thumbprint with the one of the host&apos;s WinRM HTTPS listener certificate. Trust this certificate for this host from now on?</source>
        <translation>Das Zertifikat des Hyper-V-Hosts lässt sich nicht prüfen.

SHA-256: %1

Vergleichen Sie den Fingerabdruck mit dem des Zertifikats des WinRM-HTTPS-Listeners auf dem Host. Diesem Zertifikat für diesen Host künftig vertrauen?</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Getrennt.</translation>
    </message>
    <message>
        <source>Add a Hyper-V host to read and push KVP items of its VMs over WinRM (https://host:5986/wsman).</source>
        <translation>Fügen Sie einen Hyper-V-Host hinzu, um die KVP-Einträge seiner VMs über WinRM (https://host:5986/wsman) zu lesen und zu übertragen.</translation>
    </message>
    <message>
        <source>Not connected to %1. Connect to list its VMs and their KVP items.</source>
        <translation>Nicht mit %1 verbunden. Verbinden Sie sich, um seine VMs und ihre KVP-Einträge aufzulisten.</translation>
    </message>
    <message>
        <source>Disc&amp;onnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>The password stays under the old user or address: %1</source>
        <translation>Das Passwort bleibt unter dem alten Benutzer bzw. der alten Adresse gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 presents a different certificate than the one you trusted.

Now: SHA-256 %2
Trusted: SHA-256 %3

This can be a certificate renewal or an attack. vmdesk does not connect. If the new certificate is expected, choose Edit Host, check “Forget the trusted certificate” and connect again: vmdesk then asks whether to trust the new one.</source>
        <translation>%1 zeigt ein anderes Zertifikat als das, dem Sie vertraut haben.

Jetzt: SHA-256 %2
Vertraut: SHA-256 %3

Das kann eine Zertifikatserneuerung oder ein Angriff sein. vmdesk verbindet sich nicht. Wenn das neue Zertifikat erwartet ist, wählen Sie „Host bearbeiten“, aktivieren Sie „Vertrauenswürdiges Zertifikat vergessen“ und verbinden Sie sich erneut: vmdesk fragt dann, ob dem neuen Zertifikat vertraut werden soll.</translation>
    </message>
    <message>
        <source>Connection cancelled.</source>
        <translation>Verbindungsaufbau abgebrochen.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
</context>
<context>
    <name>HypervItemModel</name>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Intrinsic</source>
        <translation>Intrinsisch</translation>
    </message>
    <message>
        <source>Pushed by the host: can be changed and removed here</source>
        <translation>Vom Host übertragen: kann hier geändert und entfernt werden</translation>
    </message>
    <message>
        <source>Written by the guest: read-only from the host</source>
        <translation>Vom Gast geschrieben: vom Host aus nur lesbar</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>HypervItemsPane</name>
    <message>
        <source>&amp;Push…</source>
        <translation>&amp;Übertragen …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ändern …</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>KVP items of the selected VM</source>
        <translation>KVP-Einträge der ausgewählten VM</translation>
    </message>
    <message>
        <source>Filter sources, keys and values</source>
        <translation>Quellen, Schlüssel und Werte filtern</translation>
    </message>
    <message>
        <source>Filter the VM&apos;s KVP items</source>
        <translation>KVP-Einträge der VM filtern</translation>
    </message>
    <message>
        <source>Adds a host item to the VM, or changes the one with the same key</source>
        <translation>Fügt der VM einen Host-Eintrag hinzu oder ändert den mit demselben Schlüssel</translation>
    </message>
    <message>
        <source>Changes the value of the selected host item</source>
        <translation>Ändert den Wert des ausgewählten Host-Eintrags</translation>
    </message>
    <message>
        <source>Removes the selected host items; guest and intrinsic items are the guest&apos;s own</source>
        <translation>Entfernt die ausgewählten Host-Einträge; Gast- und intrinsische Einträge gehören dem Gast</translation>
    </message>
    <message>
        <source>Copies the selected items as key=value lines</source>
        <translation>Kopiert die ausgewählten Einträge als Zeilen key=value</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>A host item reaches the guest&apos;s pool 0 (/var/lib/hyperv/.kvp_pool_0). Keys of up to %1 and values of up to %2 UTF-8 bytes; an existing key is changed.</source>
        <translation>Ein Host-Eintrag landet in Pool 0 des Gasts (/var/lib/hyperv/.kvp_pool_0). Schlüssel mit bis zu %1 und Werte mit bis zu %2 UTF-8-Bytes; ein vorhandener Schlüssel wird geändert.</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Übertragen</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Push a Host Item to %1</source>
        <translation>Host-Eintrag an %1 übertragen</translation>
    </message>
    <message>
        <source>Change a Host Item of %1</source>
        <translation>Host-Eintrag von %1 ändern</translation>
    </message>
    <message>
        <source>Cannot Push the Item</source>
        <translation>Eintrag lässt sich nicht übertragen</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>%1 zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Changed %1 on %2.</source>
        <translation>%1 auf %2 geändert.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Host Items</source>
        <translation>Host-Einträge entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n host item(s) from %1? The guest&apos;s daemon drops them from its pool 0.</source>
        <translation>
            <numerusform>%n Host-Eintrag aus %1 entfernen? Der Daemon des Gasts löscht ihn aus seinem Pool 0.</numerusform>
            <numerusform>%n Host-Einträge aus %1 entfernen? Der Daemon des Gasts löscht sie aus seinem Pool 0.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n item(s) from %1.</source>
        <translation>
            <numerusform>%n Eintrag aus %1 entfernt.</numerusform>
            <numerusform>%n Einträge aus %1 entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a VM to see its KVP items.</source>
        <translation>Wählen Sie eine VM, um ihre KVP-Einträge zu sehen.</translation>
    </message>
    <message>
        <source>Reading the KVP items of %1…</source>
        <translation>Die KVP-Einträge von %1 werden gelesen …</translation>
    </message>
    <message>
        <source>%1 (%2) has no KVP items. A VM that is not running shows no guest items; push one to give it a host item.</source>
        <translation>%1 (%2) hat keine KVP-Einträge. Eine VM, die nicht läuft, zeigt keine Gast-Einträge; übertragen Sie einen, um ihr einen Host-Eintrag zu geben.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be read.</source>
        <translation>
            <numerusform>%n Eintrag ließ sich nicht lesen.</numerusform>
            <numerusform>%n Einträge ließen sich nicht lesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>VM GUID %1</source>
        <translation>VM-GUID %1</translation>
    </message>
</context>
<context>
    <name>HypervKvp</name>
    <message>
        <source>A KVP item needs a key.</source>
        <translation>Ein KVP-Eintrag braucht einen Schlüssel.</translation>
    </message>
    <message>
        <source>The Hyper-V host has no VM named &quot;%1&quot;.</source>
        <translation>Der Hyper-V-Host hat keine VM namens „%1“.</translation>
    </message>
    <message>
        <source>%1 VMs are named &quot;%2&quot;; give one&apos;s GUID: %3</source>
        <translation>%1 VMs heißen „%2“; geben Sie die GUID einer davon an: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VM&apos;s GUID.</source>
        <translation>„%1“ ist nicht die GUID einer VM.</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n item(s)</source>
        <translation>
            <numerusform>%n Eintrag wird hinzugefügt</numerusform>
            <numerusform>%n Einträge werden hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n item(s)</source>
        <translation>
            <numerusform>%n Eintrag wird entfernt</numerusform>
            <numerusform>%n Einträge werden entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Modifying %n item(s)</source>
        <translation>
            <numerusform>%n Eintrag wird geändert</numerusform>
            <numerusform>%n Einträge werden geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered without a ReturnValue.</source>
        <translation>%1 hat ohne ReturnValue geantwortet.</translation>
    </message>
    <message>
        <source>%1 started a job but named none.</source>
        <translation>%1 hat einen Auftrag gestartet, ihn aber nicht genannt.</translation>
    </message>
    <message>
        <source>Waiting for Hyper-V job %1</source>
        <translation>Auf Hyper-V-Auftrag %1 wird gewartet</translation>
    </message>
    <message>
        <source>Hyper-V refused %1: %2.</source>
        <translation>Hyper-V hat %1 abgelehnt: %2.</translation>
    </message>
    <message>
        <source>The Hyper-V job %1 disappeared before it ended.</source>
        <translation>Der Hyper-V-Auftrag %1 ist vor seinem Ende verschwunden.</translation>
    </message>
    <message>
        <source>The Hyper-V job failed: %1</source>
        <translation>Der Hyper-V-Auftrag ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no description (JobState %1)</source>
        <translation>keine Beschreibung (JobState %1)</translation>
    </message>
    <message>
        <source>The Hyper-V job %1 did not finish in time (JobState %2).</source>
        <translation>Der Hyper-V-Auftrag %1 wurde nicht rechtzeitig fertig (JobState %2).</translation>
    </message>
    <message>
        <source>The item &quot;%1&quot; holds control characters or broken UTF-16, which WS-Management cannot carry.</source>
        <translation>Der Eintrag &quot;%1&quot; enthält Steuerzeichen oder fehlerhaftes UTF-16, die WS-Management nicht übertragen kann.</translation>
    </message>
</context>
<context>
    <name>HypervVm</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Enabled but offline</source>
        <translation>Aktiviert, aber offline</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <source>State %1</source>
        <translation>Zustand %1</translation>
    </message>
</context>
<context>
    <name>HypervVmModel</name>
    <message>
        <source>EnabledState %1</source>
        <translation>EnabledState %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>GUID</source>
        <translation>GUID</translation>
    </message>
</context>
<context>
    <name>InventoryModel</name>
    <message>
        <source>Powered on</source>
        <translation>Eingeschaltet</translation>
    </message>
    <message>
        <source>Powered off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Power state</source>
        <translation>Betriebszustand</translation>
    </message>
    <message>
        <source>Guest OS</source>
        <translation>Gastbetriebssystem</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Storage used</source>
        <translation>Belegter Speicher</translation>
    </message>
    <message>
        <source>VMware Tools</source>
        <translation>VMware Tools</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>BIOS UUID</source>
        <translation>BIOS-UUID</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Datacenter</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Instance UUID</source>
        <translation>Instanz-UUID</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <source>Loading the inventory…</source>
        <translation>Inventar wird geladen …</translation>
    </message>
    <message>
        <source>Virtual machines: %1</source>
        <translation>Virtuelle Maschinen: %1</translation>
    </message>
    <message>
        <source>Virtual machines: %1 of %2</source>
        <translation>Virtuelle Maschinen: %1 von %2</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Power &amp;On</source>
        <translation>&amp;Einschalten</translation>
    </message>
    <message>
        <source>Shut &amp;Down Guest</source>
        <translation>Gast &amp;herunterfahren</translation>
    </message>
    <message>
        <source>Restart &amp;Guest</source>
        <translation>Gast &amp;neu starten</translation>
    </message>
    <message>
        <source>Power O&amp;ff</source>
        <translation>&amp;Ausschalten</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Take S&amp;napshot…</source>
        <translation>S&amp;napshot erstellen …</translation>
    </message>
    <message>
        <source>Edit &amp;Notes…</source>
        <translation>&amp;Notizen bearbeiten …</translation>
    </message>
    <message>
        <source>Filter virtual machines, e.g. web power:on guest:linux host:esx1 attr:alice</source>
        <translation>VMs filtern, z. B. web power:on guest:linux host:esx1 attr:alice</translation>
    </message>
    <message>
        <source>Set &amp;Attribute…</source>
        <translation>&amp;Attribut setzen…</translation>
    </message>
    <message>
        <source>Connect Serial Port to &amp;Metadata Server…</source>
        <translation>Serielle Schnittstelle mit dem &amp;Metadatenserver verbinden…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Export &amp;List…</source>
        <translation>&amp;Liste exportieren…</translation>
    </message>
    <message>
        <source>Export Inventory List</source>
        <translation>Inventarliste exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation>&amp;Detailbereich</translation>
    </message>
    <message>
        <source> · only %1, chosen in the tree</source>
        <translation> · nur %1, im Baum gewählt</translation>
    </message>
    <message>
        <source>“%1” is not a search field, so the whole word is searched for. Fields: %2.</source>
        <translation>„%1“ ist kein Suchfeld, daher wird nach dem ganzen Wort gesucht. Felder: %2.</translation>
    </message>
    <message>
        <source>Search virtual machines</source>
        <translation>Virtuelle Maschinen durchsuchen</translation>
    </message>
    <message>
        <source>Inventory tree</source>
        <translation>Inventarbaum</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>Virtuelle Maschinen</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>No selected VM is in a state that allows this.</source>
        <translation>Keine der ausgewählten VMs ist in einem Zustand, der das zulässt.</translation>
    </message>
    <message>
        <source>C&amp;lone…</source>
        <translation>Kl&amp;onen …</translation>
    </message>
    <message>
        <source>Browse Guest &amp;Files…</source>
        <translation>&amp;Gastdateien durchsuchen …</translation>
    </message>
    <message>
        <source>R&amp;un in Guest…</source>
        <translation>Im Gast a&amp;usführen …</translation>
    </message>
    <message>
        <source>Choose one VM to work in its guest.</source>
        <translation>Wählen Sie genau eine VM, um in ihrem Gast zu arbeiten.</translation>
    </message>
    <message>
        <source>Guest operations need a powered-on VM.</source>
        <translation>Gastoperationen erfordern eine eingeschaltete VM.</translation>
    </message>
    <message>
        <source>Works inside the guest through VMware Tools.</source>
        <translation>Arbeitet über VMware Tools im Gast.</translation>
    </message>
</context>
<context>
    <name>InventoryTreeModel</name>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n VM(s)</source>
        <translation>
            <numerusform>%1 — %n VM</numerusform>
            <numerusform>%1 — %n VMs</numerusform>
        </translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No password is stored for %1.</source>
        <translation>Für %1 ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The keychain denied access: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>No usable keychain (%1). Passwords will not be remembered.</source>
        <translation>Kein nutzbarer Schlüsselbund (%1). Passwörter werden nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>KvpDelivery</name>
    <message>
        <source>Push by KVP failed for %1: %2</source>
        <translation>Übertragung per KVP für %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Not pushed to %1: %2</source>
        <translation>Nicht an %1 übertragen: %2</translation>
    </message>
    <message>
        <source>Not pushed to %1: the Hyper-V host was disconnected.</source>
        <translation>Nicht an %1 übertragen: Die Verbindung zum Hyper-V-Host wurde getrennt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2: the seed is in KVP pool 0 as %n item(s) (%3 added, %4 changed). In the guest, &quot;vmdeskctl guest-fetch --kvp&quot; writes it for cloud-init.</source>
        <translation>
            <numerusform>%1 auf %2: Der Seed liegt in KVP-Pool 0 als %n Eintrag (%3 hinzugefügt, %4 geändert). Im Gast schreibt „vmdeskctl guest-fetch --kvp“ ihn für cloud-init.</numerusform>
            <numerusform>%1 auf %2: Der Seed liegt in KVP-Pool 0 als %n Einträge (%3 hinzugefügt, %4 geändert). Im Gast schreibt „vmdeskctl guest-fetch --kvp“ ihn für cloud-init.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KvpPage</name>
    <message>
        <source>This value is not base64.</source>
        <translation>Dieser Wert ist kein Base64.</translation>
    </message>
    <message numerus="yes">
        <source>Base64 of %n byte(s) that are not UTF-8 text:</source>
        <translation>
            <numerusform>Base64 von %n Byte, das kein UTF-8-Text ist:</numerusform>
            <numerusform>Base64 von %n Bytes, die kein UTF-8-Text sind:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Pool &amp;directory:</source>
        <translation>Pool-&amp;Ordner:</translation>
    </message>
    <message>
        <source>KVP pool directory</source>
        <translation>Ordner der KVP-Pools</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Browse for the KVP pool directory</source>
        <translation>Ordner der KVP-Pools auswählen</translation>
    </message>
    <message>
        <source>Host to guest</source>
        <translation>Host an Gast</translation>
    </message>
    <message>
        <source>Guest to host</source>
        <translation>Gast an Host</translation>
    </message>
    <message>
        <source>Guest intrinsic</source>
        <translation>Gasteigenschaften</translation>
    </message>
    <message>
        <source>Host facts</source>
        <translation>Host-Angaben</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>KVP pools</source>
        <translation>KVP-Pools</translation>
    </message>
    <message>
        <source>Selected value</source>
        <translation>Ausgewählter Wert</translation>
    </message>
    <message>
        <source>Selected value decoded from base64</source>
        <translation>Ausgewählter Wert, aus Base64 dekodiert</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Decode base64</source>
        <translation>Base64 dekodieren</translation>
    </message>
    <message>
        <source>Selected value views</source>
        <translation>Ansichten des ausgewählten Werts</translation>
    </message>
    <message>
        <source>Copy the selected pairs</source>
        <translation>Ausgewählte Einträge kopieren</translation>
    </message>
    <message>
        <source>Add a pair to the guest-to-host pool</source>
        <translation>Einen Eintrag zum Pool „Gast an Host“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit the selected pair&apos;s value</source>
        <translation>Wert des ausgewählten Eintrags bearbeiten</translation>
    </message>
    <message>
        <source>Delete the selected pairs</source>
        <translation>Ausgewählte Einträge löschen</translation>
    </message>
    <message>
        <source>Filter keys and values</source>
        <translation>Schlüssel und Werte filtern</translation>
    </message>
    <message>
        <source>Filter the pool&apos;s keys and values</source>
        <translation>Schlüssel und Werte des Pools filtern</translation>
    </message>
    <message>
        <source>Pairs of pool %1</source>
        <translation>Einträge von Pool %1</translation>
    </message>
    <message>
        <source>No KVP pool files in %1 — this is not a Hyper-V guest, or hv_kvp_daemon does not run.</source>
        <translation>Keine KVP-Pool-Dateien in %1 — dies ist kein Hyper-V-Gast, oder hv_kvp_daemon läuft nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file ends in a partial record of %n byte(s), not shown (the daemon may be writing it).</source>
        <translation>
            <numerusform>Die Datei endet mit einem unvollständigen Eintrag von %n Byte, der nicht angezeigt wird (vielleicht schreibt der Daemon gerade).</numerusform>
            <numerusform>Die Datei endet mit einem unvollständigen Eintrag von %n Bytes, der nicht angezeigt wird (vielleicht schreibt der Daemon gerade).</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a pair to see its value in full.</source>
        <translation>Wählen Sie einen Eintrag, um seinen Wert vollständig zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n pairs selected.</source>
        <translation>
            <numerusform>%n Eintrag ausgewählt.</numerusform>
            <numerusform>%n Einträge ausgewählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Key: %1 (value: %n byte(s))</source>
        <translation>
            <numerusform>Schlüssel: %1 (Wert: %n Byte)</numerusform>
            <numerusform>Schlüssel: %1 (Wert: %n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>KVP Pool Directory</source>
        <translation>Ordner der KVP-Pools</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>The host reads keys of up to %1 and values of up to %2 UTF-8 bytes.</source>
        <translation>Der Host liest Schlüssel mit bis zu %1 und Werte mit bis zu %2 UTF-8-Bytes.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Add a Pair</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Cannot Add the Pair</source>
        <translation>Eintrag lässt sich nicht hinzufügen</translation>
    </message>
    <message>
        <source>Edit a Pair</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Cannot Change the Pair</source>
        <translation>Eintrag lässt sich nicht ändern</translation>
    </message>
    <message>
        <source>Delete the pair %1 from the guest-to-host pool?</source>
        <translation>Den Eintrag %1 aus dem Pool „Gast an Host“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n pairs from the guest-to-host pool?</source>
        <translation>
            <numerusform>%n Eintrag aus dem Pool „Gast an Host“ löschen?</numerusform>
            <numerusform>%n Einträge aus dem Pool „Gast an Host“ löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Pairs</source>
        <translation>Einträge löschen</translation>
    </message>
    <message>
        <source>Cannot Write the Pool</source>
        <translation>Pool lässt sich nicht schreiben</translation>
    </message>
    <message>
        <source>This guest</source>
        <translation>Dieser Gast</translation>
    </message>
    <message>
        <source>Hyper-V hosts</source>
        <translation>Hyper-V-Hosts</translation>
    </message>
    <message>
        <source>KVP of this guest or of Hyper-V hosts</source>
        <translation>KVP dieses Gasts oder von Hyper-V-Hosts</translation>
    </message>
</context>
<context>
    <name>KvpPool</name>
    <message>
        <source>The key is empty.</source>
        <translation>Der Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>The key contains a NUL byte.</source>
        <translation>Der Schlüssel enthält ein NUL-Byte.</translation>
    </message>
    <message>
        <source>The value contains a NUL byte.</source>
        <translation>Der Wert enthält ein NUL-Byte.</translation>
    </message>
    <message>
        <source>The key is %1 bytes long; a pool file holds at most %2.</source>
        <translation>Der Schlüssel ist %1 Bytes lang; eine Pool-Datei fasst höchstens %2.</translation>
    </message>
    <message>
        <source>The value is %1 bytes long; a pool file holds at most %2.</source>
        <translation>Der Wert ist %1 Bytes lang; eine Pool-Datei fasst höchstens %2.</translation>
    </message>
    <message>
        <source>The key is not valid UTF-8; the host cannot read it.</source>
        <translation>Der Schlüssel ist kein gültiges UTF-8; der Host kann ihn nicht lesen.</translation>
    </message>
    <message>
        <source>The value is not valid UTF-8; the host cannot read it.</source>
        <translation>Der Wert ist kein gültiges UTF-8; der Host kann ihn nicht lesen.</translation>
    </message>
    <message>
        <source>The key is %1 bytes long; the host reads at most %2.</source>
        <translation>Der Schlüssel ist %1 Bytes lang; der Host liest höchstens %2.</translation>
    </message>
    <message>
        <source>The value is %1 bytes long; the host reads at most %2.</source>
        <translation>Der Wert ist %1 Bytes lang; der Host liest höchstens %2.</translation>
    </message>
</context>
<context>
    <name>KvpPoolModel</name>
    <message>
        <source>The key fills its whole field with no NUL after it.</source>
        <translation>Der Schlüssel füllt sein ganzes Feld, ohne abschließendes NUL.</translation>
    </message>
    <message>
        <source>The value fills its whole field with no NUL after it.</source>
        <translation>Der Wert füllt sein ganzes Feld, ohne abschließendes NUL.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>KvpSeed</name>
    <message>
        <source>%1: not announced yet</source>
        <translation>%1: noch nicht angekündigt</translation>
    </message>
    <message>
        <source>%1: %2 of %3 chunks</source>
        <translation>%1: %2 von %3 Blöcken</translation>
    </message>
    <message>
        <source>%1: the chunks are not base64</source>
        <translation>%1: die Blöcke sind kein Base64</translation>
    </message>
    <message>
        <source>%1: the chunks do not match their SHA-256</source>
        <translation>%1: die Blöcke passen nicht zu ihrem SHA-256</translation>
    </message>
    <message>
        <source>the seed: not announced yet</source>
        <translation>der Seed: noch nicht angekündigt</translation>
    </message>
    <message>
        <source>the seed: its parts are from different pushes so far</source>
        <translation>der Seed: seine Teile stammen bisher aus verschiedenen Übertragungen</translation>
    </message>
</context>
<context>
    <name>LockedFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2</source>
        <translation>%1 lässt sich nicht sperren: %2</translation>
    </message>
    <message>
        <source>%1 is locked by another process (hv_kvp_daemon?); gave up after %2 ms.</source>
        <translation>%1 ist von einem anderen Prozess gesperrt (hv_kvp_daemon?); nach %2 ms aufgegeben.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>Cannot truncate %1: %2</source>
        <translation>%1 lässt sich nicht kürzen: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>vmdesk</source>
        <translation>vmdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden …</translation>
    </message>
    <message>
        <source>Connect to the &amp;Demo</source>
        <translation>Mit der &amp;Demo verbinden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reload Inventory</source>
        <translation>Inventar neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About vmdesk</source>
        <translation>&amp;Über vmdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>Watch the guests connected to the metadata server live.</source>
        <translation>Die mit dem Metadatenserver verbundenen Gäste live beobachten.</translation>
    </message>
    <message>
        <source>KVP</source>
        <translation>KVP</translation>
    </message>
    <message>
        <source>Starting the demo vCenter simulator…</source>
        <translation>Der Demo-vCenter-Simulator wird gestartet …</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>%1@%2</source>
        <translation>%1@%2</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Verbindung wird getrennt …</translation>
    </message>
    <message>
        <source>About vmdesk</source>
        <translation>Über vmdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;vmdesk %1&lt;/h3&gt;&lt;p&gt;A desktop console for vSphere and Hyper-V virtual machines: inventory, exports, cloud-init metadata over virtual serial ports, and Hyper-V KVP.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and KDSoap.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;vmdesk %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Konsole für virtuelle Maschinen unter vSphere und Hyper-V: Inventar, Exporte, cloud-init-Metadaten über virtuelle serielle Schnittstellen und Hyper-V-KVP.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 und KDSoap.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Certificate changed</source>
        <translation>Zertifikat geändert</translation>
    </message>
    <message>
        <source>%1 presents a different certificate than the one you trusted.

Now: SHA-256 %2
Trusted: SHA-256 %3

This can be a certificate renewal or an attack. vmdesk does not connect. If the new certificate is expected, remove the saved connection and connect again.</source>
        <translation>%1 zeigt ein anderes Zertifikat als das, dem Sie vertraut haben.

Jetzt: SHA-256 %2
Vertraut: SHA-256 %3

Das kann eine Zertifikatserneuerung oder ein Angriff sein. vmdesk verbindet sich nicht. Wenn das neue Zertifikat erwartet ist, entfernen Sie die gespeicherte Verbindung und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>%1: the certificate changed; not connected</source>
        <translation>%1: Das Zertifikat hat sich geändert; nicht verbunden</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be verified.

Subject: %1
SHA-256: %2

Compare the thumbprint with the one your vCenter administrator gives you. Trust this certificate for this server from now on?</source>
        <translation>Das Zertifikat des Servers lässt sich nicht prüfen.

Inhaber: %1
SHA-256: %2

Vergleichen Sie den Fingerabdruck mit dem, den Ihnen Ihr vCenter-Administrator nennt. Diesem Zertifikat für diesen Server künftig vertrauen?</translation>
    </message>
    <message>
        <source>Inventory list written to %1</source>
        <translation>Inventarliste nach %1 geschrieben</translation>
    </message>
    <message>
        <source>The connection profile was not saved: %1</source>
        <translation>Das Verbindungsprofil wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;VM</source>
        <translation>&amp;VM</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>&amp;Search Syntax</source>
        <translation>&amp;Suchsyntax</translation>
    </message>
    <message>
        <source>Preferences saved. The metadata server&apos;s new defaults apply when it next starts.</source>
        <translation>Einstellungen gespeichert. Die neuen Standardwerte des Metadatenservers gelten ab seinem nächsten Start.</translation>
    </message>
    <message>
        <source>D&amp;eploy OVF/OVA…</source>
        <translation>&amp;OVF/OVA bereitstellen …</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>Export, deploy and clone virtual machines in a queue of jobs.</source>
        <translation>Virtuelle Maschinen in einer Auftragswarteschlange exportieren, bereitstellen und klonen.</translation>
    </message>
    <message>
        <source>%1 is queued on the Transfers page.</source>
        <translation>%1 ist auf der Seite „Übertragungen“ eingereiht.</translation>
    </message>
    <message>
        <source>%1 VMs are queued on the Transfers page.</source>
        <translation>%1 VMs sind auf der Seite „Übertragungen“ eingereiht.</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>Nothing was queued: %1</source>
        <translation>Nichts wurde eingereiht: %1</translation>
    </message>
    <message>
        <source>Guest operations need a vCenter or ESXi connection.</source>
        <translation>Gastoperationen erfordern eine Verbindung zu vCenter oder ESXi.</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No password is stored for %1.</source>
        <translation>Für %1 ist kein Passwort gespeichert.</translation>
    </message>
</context>
<context>
    <name>MetadataDatabase</name>
    <message>
        <source>%1 was edited while %2 was loading; it stays open</source>
        <translation>%1 wurde bearbeitet, während %2 geladen wurde; es bleibt geöffnet</translation>
    </message>
</context>
<context>
    <name>MetadataDelivery</name>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>Push to guestinfo</source>
        <translation>In guestinfo übertragen</translation>
    </message>
    <message>
        <source>Set the VM&apos;s guestinfo keys to the saved document (network config version 2) and read them back</source>
        <translation>Die guestinfo-Schlüssel der VM auf das gespeicherte Dokument setzen (Netzwerkkonfiguration Version 2) und zurücklesen</translation>
    </message>
    <message>
        <source>Push with Network Version</source>
        <translation>Mit Netzwerkversion übertragen</translation>
    </message>
    <message>
        <source>Push to guestinfo (network version 1)</source>
        <translation>In guestinfo übertragen (Netzwerkversion 1)</translation>
    </message>
    <message>
        <source>For images whose cloud-init reads only version 1 network config</source>
        <translation>Für Images, deren cloud-init nur Netzwerkkonfiguration der Version 1 liest</translation>
    </message>
    <message>
        <source>Clear guestinfo…</source>
        <translation>guestinfo leeren …</translation>
    </message>
    <message>
        <source>Attach seed ISO</source>
        <translation>Seed-ISO einbinden</translation>
    </message>
    <message>
        <source>Upload a NoCloud seed ISO beside the VM on its own datastore and put it in its CD-ROM</source>
        <translation>Ein NoCloud-Seed-ISO neben die VM auf ihren eigenen Datenspeicher hochladen und in ihr CD-ROM-Laufwerk einlegen</translation>
    </message>
    <message>
        <source>Detach seed ISO…</source>
        <translation>Seed-ISO entfernen …</translation>
    </message>
    <message>
        <source>Save seed ISO…</source>
        <translation>Seed-ISO speichern …</translation>
    </message>
    <message>
        <source>Import from VM…</source>
        <translation>Aus VM importieren …</translation>
    </message>
    <message>
        <source>Read the VM&apos;s guestinfo keys into a new, unsaved document</source>
        <translation>Die guestinfo-Schlüssel der VM in ein neues, ungespeichertes Dokument lesen</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Delivery channels</source>
        <translation>Übertragungswege</translation>
    </message>
    <message>
        <source>Delivery result</source>
        <translation>Ergebnis der Übergabe</translation>
    </message>
    <message>
        <source>Select a VM to deliver its document.</source>
        <translation>Wählen Sie eine VM, um ihr Dokument zu übergeben.</translation>
    </message>
    <message>
        <source>Connect to a vCenter to deliver %1&apos;s document.</source>
        <translation>Verbinden Sie sich mit einem vCenter, um das Dokument von %1 zu übergeben.</translation>
    </message>
    <message>
        <source>This connection cannot change VMs.</source>
        <translation>Diese Verbindung kann keine VMs ändern.</translation>
    </message>
    <message>
        <source>%1 is not a VM in the connected vCenter&apos;s inventory.</source>
        <translation>%1 ist keine VM im Inventar des verbundenen vCenter.</translation>
    </message>
    <message>
        <source>A delivery to %1 is under way.</source>
        <translation>Eine Übergabe an %1 läuft bereits.</translation>
    </message>
    <message>
        <source>Put %1&apos;s saved document where its guest reads it</source>
        <translation>Das gespeicherte Dokument von %1 dort ablegen, wo der Gast es liest</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Serial file: %1</source>
        <translation>Datei (seriell): %1</translation>
    </message>
    <message>
        <source>%1 · guestinfo and seed ISO: not connected</source>
        <translation>%1 · guestinfo und Seed-ISO: nicht verbunden</translation>
    </message>
    <message>
        <source>not read (%1)</source>
        <translation>nicht gelesen (%1)</translation>
    </message>
    <message>
        <source>in sync</source>
        <translation>synchron</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>abweichend</translation>
    </message>
    <message>
        <source>%1 · guestinfo: %2 · seed ISO: %3</source>
        <translation>%1 · guestinfo: %2 · Seed-ISO: %3</translation>
    </message>
    <message>
        <source>attached (%1)</source>
        <translation>eingebunden (%1)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes, and the guest is given the saved file. Save them first?</source>
        <translation>%1 hat ungespeicherte Änderungen, der Gast erhält aber die gespeicherte Datei. Zuerst speichern?</translation>
    </message>
    <message>
        <source>Nothing was delivered: %1 has unsaved changes. Save them first.</source>
        <translation>Nichts übergeben: %1 hat ungespeicherte Änderungen. Speichern Sie sie zuerst.</translation>
    </message>
    <message>
        <source>%1 failed for %2: %3</source>
        <translation>%1 bei %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Not pushed to %1: %2</source>
        <translation>Nicht an %1 übertragen: %2</translation>
    </message>
    <message>
        <source>guestinfo set and read back: identical (meta-data %1, user-data %2 after gzip+base64)</source>
        <translation>guestinfo gesetzt und zurückgelesen: identisch (meta-data %1, user-data %2 nach gzip+base64)</translation>
    </message>
    <message>
        <source>Clear guestinfo</source>
        <translation>guestinfo leeren</translation>
    </message>
    <message>
        <source>The VM&apos;s cloud-init keys in guestinfo are removed; the guest finds no data there on its next boot.</source>
        <translation>Die cloud-init-Schlüssel der VM in guestinfo werden entfernt; beim nächsten Start findet der Gast dort keine Daten.</translation>
    </message>
    <message>
        <source>guestinfo cleared on %1</source>
        <translation>guestinfo von %1 geleert</translation>
    </message>
    <message>
        <source>No seed ISO attached to %1: %2</source>
        <translation>Kein Seed-ISO in %1 eingebunden: %2</translation>
    </message>
    <message>
        <source>Seed ISO attached: %1 (%2) is in %3&apos;s CD-ROM</source>
        <translation>Seed-ISO eingebunden: %1 (%2) liegt im CD-ROM-Laufwerk von %3</translation>
    </message>
    <message>
        <source>Detach seed ISO</source>
        <translation>Seed-ISO entfernen</translation>
    </message>
    <message>
        <source>The CD-ROM is emptied and the seed ISO file is deleted from the datastore.</source>
        <translation>Das CD-ROM-Laufwerk wird geleert und die Seed-ISO-Datei vom Datenspeicher gelöscht.</translation>
    </message>
    <message>
        <source>Seed ISO detached from %1 and its file deleted</source>
        <translation>Seed-ISO aus %1 entfernt und die Datei gelöscht</translation>
    </message>
    <message>
        <source>Save Seed ISO</source>
        <translation>Seed-ISO speichern</translation>
    </message>
    <message>
        <source>ISO images (*.iso)</source>
        <translation>ISO-Images (*.iso)</translation>
    </message>
    <message>
        <source>No seed ISO written for %1: %2</source>
        <translation>Kein Seed-ISO für %1 geschrieben: %2</translation>
    </message>
    <message>
        <source>Seed ISO written to %1</source>
        <translation>Seed-ISO nach %1 geschrieben</translation>
    </message>
    <message>
        <source>The seed ISO was not written to %1: %2</source>
        <translation>Das Seed-ISO wurde nicht nach %1 geschrieben: %2</translation>
    </message>
    <message>
        <source>%1&apos;s guestinfo cannot be read: %2</source>
        <translation>guestinfo von %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 has no cloud-init data in guestinfo.</source>
        <translation>%1 hat keine cloud-init-Daten in guestinfo.</translation>
    </message>
    <message>
        <source>%1&apos;s guestinfo cannot be imported: %2</source>
        <translation>guestinfo von %1 lässt sich nicht importieren: %2</translation>
    </message>
    <message>
        <source>Import from VM</source>
        <translation>Aus VM importieren</translation>
    </message>
    <message>
        <source>%1 already has a document. Replace its text with what the VM holds? The file changes only when you save.</source>
        <translation>%1 hat bereits ein Dokument. Seinen Text durch den Inhalt der VM ersetzen? Die Datei ändert sich erst beim Speichern.</translation>
    </message>
    <message>
        <source>Imported %1&apos;s guestinfo as an unsaved document.%2</source>
        <translation>guestinfo von %1 als ungespeichertes Dokument importiert.%2</translation>
    </message>
    <message>
        <source>Push by Hyper-V KVP</source>
        <translation>Per Hyper-V-KVP übertragen</translation>
    </message>
    <message>
        <source>Put the saved document in the Hyper-V VM&apos;s KVP pool 0, through the host the KVP page is connected to</source>
        <translation>Das gespeicherte Dokument über den Host, mit dem die Seite „KVP“ verbunden ist, in KVP-Pool 0 der Hyper-V-VM ablegen</translation>
    </message>
    <message>
        <source>Push %1&apos;s saved document to the VM of that name on %2</source>
        <translation>Das gespeicherte Dokument von %1 an die gleichnamige VM auf %2 übertragen</translation>
    </message>
    <message>
        <source>Connect to a Hyper-V host on the KVP page to push by KVP.</source>
        <translation>Verbinden Sie sich auf der Seite „KVP“ mit einem Hyper-V-Host, um per KVP zu übertragen.</translation>
    </message>
    <message>
        <source>Connect to a vCenter or a Hyper-V host to deliver %1&apos;s document; Save Seed ISO works without.</source>
        <translation>Verbinden Sie sich mit einem vCenter oder einem Hyper-V-Host, um das Dokument von %1 zu übergeben; „Seed-ISO speichern“ geht auch ohne.</translation>
    </message>
    <message>
        <source>%1&apos;s guestinfo was not imported: %2</source>
        <translation>Die guestinfo von %1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>%1 was opened meanwhile.</source>
        <translation>%1 wurde inzwischen geöffnet.</translation>
    </message>
</context>
<context>
    <name>MetadataDocument</name>
    <message>
        <source>network must be a map</source>
        <translation>network muss eine Zuordnung sein</translation>
    </message>
    <message>
        <source>the document must be a map with metadata, network and userdata</source>
        <translation>das Dokument muss eine Zuordnung mit metadata, network und userdata sein</translation>
    </message>
    <message>
        <source>metadata must be a map</source>
        <translation>metadata muss eine Zuordnung sein</translation>
    </message>
    <message>
        <source>userdata must be text (use a YAML block scalar: `userdata: |`)</source>
        <translation>userdata muss Text sein (YAML-Blockskalar verwenden: `userdata: |`)</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>ungültiges YAML: %1</translation>
    </message>
    <message>
        <source>invalid YAML at line %1, column %2: %3</source>
        <translation>ungültiges YAML in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>%1 must be a map</source>
        <translation>%1 muss eine Zuordnung sein</translation>
    </message>
    <message>
        <source>network.interfaces must be a list</source>
        <translation>network.interfaces muss eine Liste sein</translation>
    </message>
    <message>
        <source>network.version must be 1 or 2</source>
        <translation>network.version muss 1 oder 2 sein</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1 must be a list of strings</source>
        <translation>%1 muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>network.%1 must not contain control characters</source>
        <translation>network.%1 darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>metadata.tags must be a map or a list</source>
        <translation>metadata.tags muss eine Zuordnung oder eine Liste sein</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;</source>
        <translation>%1 muss true oder false sein, nicht „%2“</translation>
    </message>
    <message>
        <source>network_config must be a map with version and config or ethernets</source>
        <translation>network_config muss eine Zuordnung mit version und config oder ethernets sein</translation>
    </message>
    <message>
        <source>network_config.version must be 1 or 2</source>
        <translation>network_config.version muss 1 oder 2 sein</translation>
    </message>
    <message>
        <source>network_config cannot be passed through: the text is not YAML as cloud-init reads it (line %1, column %2: %3)</source>
        <translation>network_config kann nicht unverändert weitergegeben werden: Der Text ist kein YAML, wie cloud-init es liest (Zeile %1, Spalte %2: %3)</translation>
    </message>
</context>
<context>
    <name>MetadataEditSession</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>the document is not valid YAML: %1</source>
        <translation>das Dokument ist kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>the user-data is not YAML the form can change: %1</source>
        <translation>die user-data ist kein YAML, das das Formular ändern kann: %1</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>Vom Datenträger neu laden</translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translation>Auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>%1 is kept in a database, not in a file</source>
        <translation>%1 liegt in einer Datenbank, nicht in einer Datei</translation>
    </message>
</context>
<context>
    <name>MetadataFetcher</name>
    <message>
        <source>no answer to REQUEST_%1 within %2 s</source>
        <translation>keine Antwort auf REQUEST_%1 binnen %2 s</translation>
    </message>
    <message>
        <source>the metadata server says: %1</source>
        <translation>der Metadatenserver meldet: %1</translation>
    </message>
    <message>
        <source>RESPONSE_%1 is not valid base64</source>
        <translation>RESPONSE_%1 ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 lässt sich nicht anlegen</translation>
    </message>
</context>
<context>
    <name>MetadataFileModel</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translation>Auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>Keine Datei</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>Zeile %1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer Befund</numerusform>
            <numerusform>… und %n weitere Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>This VM has no document yet. Select it to create one.</source>
        <translation>Diese VM hat noch kein Dokument. Wählen Sie sie aus, um eines anzulegen.</translation>
    </message>
</context>
<context>
    <name>MetadataForm</name>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Users &amp;&amp; SSH</source>
        <translation>Benutzer &amp;&amp; SSH</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Packages &amp;&amp; commands</source>
        <translation>Pakete &amp;&amp; Befehle</translation>
    </message>
    <message>
        <source>the VM name is used when empty</source>
        <translation>leer: der VM-Name wird verwendet</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>A new instance-id makes cloud-init run its first-boot modules again</source>
        <translation>Eine neue instance-id lässt cloud-init die Module des ersten Starts erneut ausführen</translation>
    </message>
    <message>
        <source>Instance ID:</source>
        <translation>Instanz-ID:</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>Hostname:</translation>
    </message>
    <message>
        <source>host.example.com (user-data fqdn)</source>
        <translation>host.example.com (fqdn in der user-data)</translation>
    </message>
    <message>
        <source>FQDN:</source>
        <translation>FQDN:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Availability zone:</source>
        <translation>Verfügbarkeitszone:</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Tag name:</source>
        <translation>Name des Tags:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Users (user-data)</source>
        <translation>Benutzer (user-data)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <source>Sudo</source>
        <translation>Sudo</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Benutzer entfernen</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Passwort setzen …</translation>
    </message>
    <message>
        <source>Stores a SHA-512 crypt hash; the password itself is never saved</source>
        <translation>Speichert einen SHA-512-crypt-Hash; das Passwort selbst wird nie gespeichert</translation>
    </message>
    <message>
        <source>Add User</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>SSH public keys (meta-data public-keys; one per row)</source>
        <translation>Öffentliche SSH-Schlüssel (meta-data public-keys; einer pro Zeile)</translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation>Wählen Sie zuerst einen Benutzer aus.</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>Passwort setzen</translation>
    </message>
    <message>
        <source>Password for %1 (only its SHA-512 hash is stored):</source>
        <translation>Passwort für %1 (gespeichert wird nur sein SHA-512-Hash):</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <source>DHCPv4</source>
        <translation>DHCPv4</translation>
    </message>
    <message>
        <source>DHCPv6</source>
        <translation>DHCPv6</translation>
    </message>
    <message>
        <source>Addresses (CIDR)</source>
        <translation>Adressen (CIDR)</translation>
    </message>
    <message>
        <source>IPv4 gateway</source>
        <translation>IPv4-Gateway</translation>
    </message>
    <message>
        <source>IPv6 gateway</source>
        <translation>IPv6-Gateway</translation>
    </message>
    <message>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>Add interface</source>
        <translation>Schnittstelle hinzufügen</translation>
    </message>
    <message>
        <source>Remove interface</source>
        <translation>Schnittstelle entfernen</translation>
    </message>
    <message>
        <source>192.0.2.53, 2001:db8::53</source>
        <translation>192.0.2.53, 2001:db8::53</translation>
    </message>
    <message>
        <source>DNS servers:</source>
        <translation>DNS-Server:</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Search domains:</source>
        <translation>Suchdomänen:</translation>
    </message>
    <message>
        <source>Version 1 (every cloud-init)</source>
        <translation>Version 1 (jedes cloud-init)</translation>
    </message>
    <message>
        <source>Version 2 (netplan style)</source>
        <translation>Version 2 (netplan-Stil)</translation>
    </message>
    <message>
        <source>Network config sent as:</source>
        <translation>Netzwerkkonfiguration senden als:</translation>
    </message>
    <message>
        <source>one package per line</source>
        <translation>ein Paket pro Zeile</translation>
    </message>
    <message>
        <source>Packages:</source>
        <translation>Pakete:</translation>
    </message>
    <message>
        <source>Update the package lists first (package_update)</source>
        <translation>Zuerst die Paketlisten aktualisieren (package_update)</translation>
    </message>
    <message>
        <source>Upgrade installed packages (package_upgrade)</source>
        <translation>Installierte Pakete aktualisieren (package_upgrade)</translation>
    </message>
    <message>
        <source>one shell command per line, run once at first boot</source>
        <translation>ein Shell-Befehl pro Zeile, einmal beim ersten Start ausgeführt</translation>
    </message>
    <message>
        <source>Commands (runcmd):</source>
        <translation>Befehle (runcmd):</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Files (write_files):</source>
        <translation>Dateien (write_files):</translation>
    </message>
    <message>
        <source>Europe/Berlin</source>
        <translation>Europe/Berlin</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>Grow the root partition to fill the disk (growpart)</source>
        <translation>Root-Partition auf die ganze Festplatte vergrößern (growpart)</translation>
    </message>
    <message>
        <source>This list has entries that are lists; edit it in the YAML tab.</source>
        <translation>Diese Liste enthält Einträge, die selbst Listen sind; bearbeiten Sie sie im Reiter YAML.</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>Instanz-ID</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation>Netzwerkschnittstellen</translation>
    </message>
    <message>
        <source>Files to write</source>
        <translation>Zu schreibende Dateien</translation>
    </message>
</context>
<context>
    <name>MetadataPacket</name>
    <message>
        <source>no &apos;#&apos; after the packet code</source>
        <translation>kein „#“ nach dem Paketcode</translation>
    </message>
    <message>
        <source>unknown packet code</source>
        <translation>unbekannter Paketcode</translation>
    </message>
</context>
<context>
    <name>MetadataPage</name>
    <message>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Filter VMs…</source>
        <translation>VMs filtern …</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>Mit Fehlern</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>Mit Warnungen</translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translation>Auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>No document yet</source>
        <translation>Noch kein Dokument</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu …</translation>
    </message>
    <message>
        <source>Create a document for a VM, from the starter or from another VM&apos;s document</source>
        <translation>Ein Dokument für eine VM anlegen, aus dem Startdokument oder aus dem Dokument einer anderen VM</translation>
    </message>
    <message>
        <source>Apply to Several…</source>
        <translation>Auf mehrere anwenden …</translation>
    </message>
    <message>
        <source>Merge a partial document (for example new DNS servers) into the selected VMs</source>
        <translation>Ein Teildokument (zum Beispiel neue DNS-Server) in die Dokumente der ausgewählten VMs einarbeiten</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>User-data Parts…</source>
        <translation>Teile der user-data …</translation>
    </message>
    <message>
        <source>Combine a cloud-config with shell scripts, a boothook or an include list (MIME multipart, as cloud-init devel make-mime builds it)</source>
        <translation>Eine cloud-config mit Shell-Skripten, einem Boothook oder einer Include-Liste kombinieren (MIME-Multipart, wie es cloud-init devel make-mime erzeugt)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Drop the unsaved changes to %1?</source>
        <translation>Die ungespeicherten Änderungen an %1 verwerfen?</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them first?</source>
        <translation>%1 hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a file name</source>
        <translation>„%1“ kann kein Dateiname sein</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>ganze Datei</translation>
    </message>
    <message>
        <source>Error, %1: %2</source>
        <translation>Fehler, %1: %2</translation>
    </message>
    <message>
        <source>Warning, %1: %2</source>
        <translation>Warnung, %1: %2</translation>
    </message>
    <message>
        <source>No problems found: cloud-init will accept this document.</source>
        <translation>Keine Probleme gefunden: cloud-init wird dieses Dokument annehmen.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No metadata folder yet&lt;/h3&gt;&lt;p&gt;Choose the folder the metadata server serves on the Guests page. Each VM has one &amp;lt;VM&amp;gt;.yaml file there.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch kein Metadatenordner&lt;/h3&gt;&lt;p&gt;Wählen Sie auf der Seite „Gäste“ den Ordner, aus dem der Metadatenserver liefert. Dort hat jede VM eine Datei &amp;lt;VM&amp;gt;.yaml.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Select a VM&lt;/h3&gt;&lt;p&gt;Pick a VM on the left to edit its cloud-init data, or create a document with &lt;b&gt;New…&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Folder: %1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VM auswählen&lt;/h3&gt;&lt;p&gt;Wählen Sie links eine VM, um ihre cloud-init-Daten zu bearbeiten, oder legen Sie mit &lt;b&gt;Neu …&lt;/b&gt; ein Dokument an.&lt;/p&gt;&lt;p&gt;Ordner: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source> — unsaved changes</source>
        <translation> — ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save with Errors?</source>
        <translation>Mit Fehlern speichern?</translation>
    </message>
    <message>
        <source>%1 has errors: the guest may ignore parts of it. Save anyway?</source>
        <translation>%1 enthält Fehler: Der Gast ignoriert womöglich Teile davon. Trotzdem speichern?</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <source>These lines of %1 change on disk:</source>
        <translation>Diese Zeilen von %1 ändern sich auf dem Datenträger:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 was not saved: %2. Your changes are still here.</source>
        <translation>%1 wurde nicht gespeichert: %2. Ihre Änderungen sind noch vorhanden.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Changed on Disk</source>
        <translation>Auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>%1 was changed on disk while you have unsaved changes.</source>
        <translation>%1 wurde auf dem Datenträger geändert, während Sie ungespeicherte Änderungen haben.</translation>
    </message>
    <message>
        <source>Reload from Disk</source>
        <translation>Vom Datenträger neu laden</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Show Differences…</source>
        <translation>Unterschiede anzeigen …</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>The file on disk (-) and your text (+):</source>
        <translation>Die Datei auf dem Datenträger (-) und Ihr Text (+):</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Choose the metadata folder on the Guests page first.</source>
        <translation>Wählen Sie zuerst auf der Seite „Gäste“ den Metadatenordner.</translation>
    </message>
    <message>
        <source>New Document</source>
        <translation>Neues Dokument</translation>
    </message>
    <message>
        <source>VM name (the file is &lt;name&gt;.yaml):</source>
        <translation>VM-Name (die Datei heißt &lt;Name&gt;.yaml):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a file name.</source>
        <translation>„%1“ kann kein Dateiname sein.</translation>
    </message>
    <message>
        <source>%1 already has a document; it is opened.</source>
        <translation>%1 hat bereits ein Dokument; es wird geöffnet.</translation>
    </message>
    <message>
        <source>Starter document</source>
        <translation>Startdokument</translation>
    </message>
    <message>
        <source>Start from (instance-id and host name are filled in for %1):</source>
        <translation>Vorlage (instance-id und Hostname werden für %1 eingesetzt):</translation>
    </message>
    <message>
        <source>%1 cannot be used as a template: %2</source>
        <translation>%1 kann nicht als Vorlage dienen: %2</translation>
    </message>
    <message>
        <source>New document for %1: save it to create %2</source>
        <translation>Neues Dokument für %1: Speichern legt %2 an</translation>
    </message>
    <message>
        <source>Fix the document&apos;s YAML first: its user-data cannot be read.</source>
        <translation>Korrigieren Sie zuerst das YAML des Dokuments: Seine user-data lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>Select the VMs to change first (Ctrl+click or Shift+click).</source>
        <translation>Wählen Sie zuerst die zu ändernden VMs aus (Strg+Klick oder Umschalt+Klick).</translation>
    </message>
    <message>
        <source>%1 has no document yet: this is a starter. Save creates %1.yaml.</source>
        <translation>%1 hat noch kein Dokument: Dies ist ein Startdokument. Speichern legt %1.yaml an.</translation>
    </message>
    <message>
        <source> — no file yet</source>
        <translation> — noch keine Datei</translation>
    </message>
    <message>
        <source>Metadata files</source>
        <translation>Metadatendateien</translation>
    </message>
    <message>
        <source>Search metadata files</source>
        <translation>Metadatendateien durchsuchen</translation>
    </message>
    <message>
        <source>YAML document</source>
        <translation>YAML-Dokument</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>%1 was not opened: %2</source>
        <translation>%1 wurde nicht geöffnet: %2</translation>
    </message>
    <message>
        <source>%1 has no document yet: this is a starter. Save creates it in %2.</source>
        <translation>%1 hat noch kein Dokument: dies ist eine Vorlage. Speichern legt es in %2 an.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Select a VM&lt;/h3&gt;&lt;p&gt;Pick a VM on the left to edit its cloud-init data, or create a document with &lt;b&gt;New…&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Store: %1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VM auswählen&lt;/h3&gt;&lt;p&gt;Wählen Sie links eine VM, um ihre cloud-init-Daten zu bearbeiten, oder legen Sie mit &lt;b&gt;Neu…&lt;/b&gt; ein Dokument an.&lt;/p&gt;&lt;p&gt;Speicher: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Apply to Several changes a folder&apos;s files; it does not work on a database store yet.</source>
        <translation>„Auf mehrere anwenden“ ändert die Dateien eines Ordners; mit einem Datenbankspeicher geht es noch nicht.</translation>
    </message>
    <message>
        <source>Changed in the Database</source>
        <translation>In der Datenbank geändert</translation>
    </message>
    <message>
        <source>%1 was changed in the database by somebody else while you have unsaved changes.</source>
        <translation>%1 wurde in der Datenbank von jemand anderem geändert, während Sie ungespeicherte Änderungen haben.</translation>
    </message>
    <message>
        <source>Reload from the Database</source>
        <translation>Aus der Datenbank neu laden</translation>
    </message>
    <message>
        <source>The document in the database (-) and your text (+):</source>
        <translation>Das Dokument in der Datenbank (-) und Ihr Text (+):</translation>
    </message>
</context>
<context>
    <name>MetadataPreview</name>
    <message>
        <source>meta-data (JSON)</source>
        <translation>meta-data (JSON)</translation>
    </message>
    <message>
        <source>network-config</source>
        <translation>network-config</translation>
    </message>
    <message>
        <source>user-data</source>
        <translation>user-data</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Document&apos;s choice</source>
        <translation>Wie im Dokument</translation>
    </message>
    <message>
        <source>Version 1</source>
        <translation>Version 1</translation>
    </message>
    <message>
        <source>Version 2</source>
        <translation>Version 2</translation>
    </message>
    <message>
        <source>The metadata server sends the version the document asks for (version 1 unless it says version: 2). Compare with the other version before changing it.</source>
        <translation>Der Metadatenserver sendet die Version, die das Dokument verlangt (Version 1, sofern es nicht version: 2 angibt). Vergleichen Sie mit der anderen Version, bevor Sie sie ändern.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Network config:</source>
        <translation>Netzwerkkonfiguration:</translation>
    </message>
    <message>
        <source>Sizes on each delivery channel:</source>
        <translation>Größen je Übertragungsweg:</translation>
    </message>
    <message>
        <source>%1 · %2 bytes</source>
        <translation>%1 · %2 Bytes</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Wird gerendert …</translation>
    </message>
    <message>
        <source>No document.</source>
        <translation>Kein Dokument.</translation>
    </message>
    <message>
        <source>The document cannot be read, so nothing can be sent: %1</source>
        <translation>Das Dokument lässt sich nicht lesen, daher kann nichts gesendet werden: %1</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>unbekannter Grund</translation>
    </message>
    <message numerus="yes">
        <source>The document has %n error(s); the first: %1. Below is what a guest would receive if it were served as it is.</source>
        <translation>
            <numerusform>Das Dokument hat %n Fehler: %1. Unten steht, was ein Gast erhielte, wenn es so ausgeliefert würde.</numerusform>
            <numerusform>Das Dokument hat %n Fehler, der erste: %1. Unten steht, was ein Gast erhielte, wenn es so ausgeliefert würde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors, %n warning(s).</source>
        <translation>
            <numerusform>Keine Fehler, %n Warnung.</numerusform>
            <numerusform>Keine Fehler, %n Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No errors or warnings.</source>
        <translation>Weder Fehler noch Warnungen.</translation>
    </message>
    <message>
        <source>Serial packet</source>
        <translation>Serielles Paket</translation>
    </message>
    <message>
        <source>Serial packet · %1 bytes</source>
        <translation>Serielles Paket · %1 Bytes</translation>
    </message>
    <message>
        <source>The line the metadata server sends for %1 on the serial port, line break included.</source>
        <translation>Die Zeile, die der Metadatenserver für %1 über die serielle Schnittstelle sendet, einschließlich Zeilenumbruch.</translation>
    </message>
    <message>
        <source>%1 bytes as sent (%2)</source>
        <translation>%1 Bytes wie gesendet (%2)</translation>
    </message>
    <message>
        <source>over by %1 bytes</source>
        <translation>%1 Bytes zu viel</translation>
    </message>
    <message>
        <source>Payload sizes</source>
        <translation>Größen der Nutzdaten</translation>
    </message>
</context>
<context>
    <name>MetadataStore</name>
    <message>
        <source>the store is empty: give file:DIRECTORY or %1</source>
        <translation>der Speicher ist leer: Geben Sie file:DIRECTORY oder %1 an</translation>
    </message>
    <message>
        <source>unknown store type &quot;%1:&quot;: give file:DIRECTORY or %2</source>
        <translation>unbekannter Speichertyp „%1:“: Geben Sie file:DIRECTORY oder %2 an</translation>
    </message>
    <message>
        <source>a file store is a local directory: give file:DIRECTORY or file:///absolute/directory</source>
        <translation>ein Dateispeicher ist ein lokales Verzeichnis: Geben Sie file:DIRECTORY oder file:///absolute/directory an</translation>
    </message>
    <message>
        <source>the file store names no directory: give file:DIRECTORY</source>
        <translation>der Dateispeicher nennt kein Verzeichnis: Geben Sie file:DIRECTORY an</translation>
    </message>
    <message>
        <source>malformed store URL: write %1</source>
        <translation>fehlerhafte Speicher-URL: Schreiben Sie %1</translation>
    </message>
    <message>
        <source>the store URL contains a password; leave it out of the URL and keep it in the keychain or pass it with --password-env VARIABLE</source>
        <translation>die Speicher-URL enthält ein Passwort; lassen Sie es aus der URL weg und bewahren Sie es im Schlüsselbund auf oder übergeben Sie es mit --password-env VARIABLE</translation>
    </message>
    <message>
        <source>malformed store URL (%1): write %2</source>
        <translation>fehlerhafte Speicher-URL (%1): Schreiben Sie %2</translation>
    </message>
    <message>
        <source>the store URL names no user: write %1</source>
        <translation>die Speicher-URL nennt keinen Benutzer: Schreiben Sie %1</translation>
    </message>
    <message>
        <source>the store URL names no host: write %1</source>
        <translation>die Speicher-URL nennt keinen Host: Schreiben Sie %1</translation>
    </message>
    <message>
        <source>the store URL has port 0: give a port from 1 to 65535 or leave it out for %1</source>
        <translation>die Speicher-URL hat Port 0: Geben Sie einen Port von 1 bis 65535 an oder lassen Sie ihn für %1 weg</translation>
    </message>
    <message>
        <source>the store URL names no database: write %1</source>
        <translation>die Speicher-URL nennt keine Datenbank: Schreiben Sie %1</translation>
    </message>
    <message>
        <source>the store URL has a #fragment, which means nothing here: write %1</source>
        <translation>die Speicher-URL hat ein #Fragment, das hier nichts bedeutet: Schreiben Sie %1</translation>
    </message>
    <message>
        <source>the store URL has an unknown option &quot;%1&quot;: only sslmode is understood</source>
        <translation>die Speicher-URL hat eine unbekannte Option „%1“: Nur sslmode wird verstanden</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2</source>
        <translation>sslmode „%1“ ist keiner der Werte %2</translation>
    </message>
</context>
<context>
    <name>MetadataStoreBar</name>
    <message>
        <source>Open Store…</source>
        <translation>Speicher öffnen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Edit the documents of a folder (file:DIR) or of a PostgreSQL database shared by several metadata servers (postgresql://user@host/db)</source>
        <translation>Die Dokumente eines Ordners (file:DIR) oder einer PostgreSQL-Datenbank bearbeiten, die sich mehrere Metadaten-Server teilen (postgresql://user@host/db)</translation>
    </message>
    <message>
        <source>Delete the open document from the database</source>
        <translation>Das geöffnete Dokument aus der Datenbank löschen</translation>
    </message>
    <message>
        <source>Store: no folder chosen</source>
        <translation>Speicher: kein Ordner gewählt</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <source>Store: %1 (connecting…)</source>
        <translation>Speicher: %1 (verbinde…)</translation>
    </message>
    <message>
        <source>Store: %1 (connected)</source>
        <translation>Speicher: %1 (verbunden)</translation>
    </message>
    <message>
        <source>Store: %1 (unavailable: %2)</source>
        <translation>Speicher: %1 (nicht erreichbar: %2)</translation>
    </message>
    <message>
        <source>Deleted %1 from %2</source>
        <translation>%1 aus %2 gelöscht</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>%1 was not saved: %2. Your changes are still here.</source>
        <translation>%1 wurde nicht gespeichert: %2. Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The password was not kept in the keychain: %1</source>
        <translation>Das Passwort wurde nicht im Schlüsselbund behalten: %1</translation>
    </message>
    <message>
        <source>%1 needs a password: the keychain has none to offer</source>
        <translation>%1 braucht ein Passwort: der Schlüsselbund hat keines</translation>
    </message>
    <message>
        <source>No password for %1 in the keychain (%2): enter it to open the store</source>
        <translation>Kein Passwort für %1 im Schlüsselbund (%2): geben Sie es ein, um den Speicher zu öffnen</translation>
    </message>
    <message>
        <source>Delete Document</source>
        <translation>Dokument löschen</translation>
    </message>
    <message>
        <source>Delete the document of %1 from %2? Metadata servers using this store stop serving it at once.</source>
        <translation>Das Dokument von %1 aus %2 löschen? Metadaten-Server, die diesen Speicher nutzen, liefern es sofort nicht mehr aus.</translation>
    </message>
    <message>
        <source>Saving %1 to %2…</source>
        <translation>Speichere %1 in %2…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>MimeMultipart</name>
    <message>
        <source>part %1 is not valid base64</source>
        <translation>Teil %1 ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>part %1 uses the transfer encoding &quot;%2&quot;, which is not supported</source>
        <translation>Teil %1 verwendet die nicht unterstützte Transferkodierung „%2“</translation>
    </message>
    <message>
        <source>this is not a MIME multipart message (no Content-Type: multipart/... header)</source>
        <translation>dies ist keine MIME-Multipart-Nachricht (kein Header Content-Type: multipart/...)</translation>
    </message>
    <message>
        <source>the multipart message has no boundary</source>
        <translation>die Multipart-Nachricht hat keine Boundary</translation>
    </message>
    <message>
        <source>the multipart message has no part with its boundary</source>
        <translation>die Multipart-Nachricht enthält keinen Teil mit ihrer Boundary</translation>
    </message>
    <message>
        <source>the multipart message is not terminated (its closing boundary is missing)</source>
        <translation>die Multipart-Nachricht ist nicht abgeschlossen (ihre schließende Boundary fehlt)</translation>
    </message>
</context>
<context>
    <name>MultipartDialog</name>
    <message>
        <source>User-data Parts</source>
        <translation>Teile der user-data</translation>
    </message>
    <message>
        <source>Add Part</source>
        <translation>Teil hinzufügen</translation>
    </message>
    <message>
        <source>Remove Part</source>
        <translation>Teil entfernen</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Dateiname:</translation>
    </message>
    <message>
        <source>cloud-init runs the parts in order: boothooks early, cloud-config with its modules, shell scripts once at the end of the first boot.</source>
        <translation>cloud-init führt die Teile der Reihe nach aus: Boothooks früh, cloud-config mit ihren Modulen, Shell-Skripte einmal am Ende des ersten Starts.</translation>
    </message>
</context>
<context>
    <name>NetworkValidator</name>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address</source>
        <translation>„%1“ ist keine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the prefix length must be 0 to %2</source>
        <translation>„%1“: Die Präfixlänge muss zwischen 0 und %2 liegen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a netmask (255.255.255.0 or 24)</source>
        <translation>„%1“ ist keine Netzmaske (255.255.255.0 oder 24)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a prefix length, as in %1/%2</source>
        <translation>„%1“ braucht eine Präfixlänge, wie in %1/%2</translation>
    </message>
    <message>
        <source>the MTU must be a whole number from %1 to %2, not &quot;%3&quot;</source>
        <translation>die MTU muss eine ganze Zahl von %1 bis %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>IPv6 needs an MTU of at least %1</source>
        <translation>IPv6 braucht eine MTU von mindestens %1</translation>
    </message>
    <message>
        <source>DNS server &quot;%1&quot; is not an IP address</source>
        <translation>DNS-Server „%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>search domain %1</source>
        <translation>Suchdomäne %1</translation>
    </message>
    <message>
        <source>interface name &quot;%1&quot; is longer than %2 characters</source>
        <translation>Schnittstellenname „%1“ ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>interface name &quot;%1&quot; may hold only letters, digits and . _ @ -</source>
        <translation>Schnittstellenname „%1“ darf nur Buchstaben, Ziffern und . _ @ - enthalten</translation>
    </message>
    <message>
        <source>interface name &quot;%1&quot; is used twice</source>
        <translation>Schnittstellenname „%1“ ist doppelt vergeben</translation>
    </message>
    <message>
        <source>gateway &quot;%1&quot; is not an IPv4 address</source>
        <translation>Gateway „%1“ ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>gateway &quot;%1&quot; is not an IPv6 address</source>
        <translation>Gateway „%1“ ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <source>gateway %1 is not inside any of this interface&apos;s subnets</source>
        <translation>Gateway %1 liegt in keinem Subnetz dieser Schnittstelle</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than 253 characters</source>
        <translation>„%1“ ist länger als 253 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a label longer than 63 characters</source>
        <translation>„%1“ hat ein Label mit mehr als 63 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name: labels hold letters, digits and inner hyphens</source>
        <translation>„%1“ ist kein gültiger Hostname: Labels bestehen aus Buchstaben, Ziffern und Bindestrichen (nicht am Rand)</translation>
    </message>
    <message>
        <source>interface %1 has no name</source>
        <translation>Schnittstelle %1 hat keinen Namen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MAC address (six pairs of hex digits: 00:50:56:aa:bb:cc)</source>
        <translation>„%1“ ist keine MAC-Adresse (sechs Paare Hexziffern: 00:50:56:aa:bb:cc)</translation>
    </message>
    <message>
        <source>interface %1 has no address and no DHCP, so it stays down</source>
        <translation>Schnittstelle %1 hat weder eine Adresse noch DHCP und bleibt daher inaktiv</translation>
    </message>
    <message>
        <source>%1 interfaces have an IPv4 gateway: the guest gets several default routes</source>
        <translation>%1 Schnittstellen haben ein IPv4-Gateway: Der Gast bekommt mehrere Standardrouten</translation>
    </message>
    <message>
        <source>version 1 needs a list under config</source>
        <translation>Version 1 braucht eine Liste unter config</translation>
    </message>
    <message>
        <source>type must be one of %1</source>
        <translation>type muss einer dieser Werte sein: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MAC address</source>
        <translation>„%1“ ist keine MAC-Adresse</translation>
    </message>
    <message>
        <source>subnet type must be one of %1</source>
        <translation>type des Subnetzes muss einer dieser Werte sein: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network config version 2 section</source>
        <translation>„%1“ ist kein Abschnitt der Netzwerkkonfiguration Version 2</translation>
    </message>
</context>
<context>
    <name>NfcLease</name>
    <message>
        <source>vCenter exports only powered-off VMs: shut the guest down first.</source>
        <translation>vCenter exportiert nur ausgeschaltete VMs: Fahren Sie den Gast zuerst herunter.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>the lease never became ready</source>
        <translation>die Lease wurde nie bereit</translation>
    </message>
    <message>
        <source>HttpNfcLeaseComplete failed: %1</source>
        <translation>HttpNfcLeaseComplete fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>the %1 was stopped</source>
        <translation>der %1 wurde gestoppt</translation>
    </message>
    <message>
        <source>The %1 could not start: %2</source>
        <translation>Der %1 konnte nicht starten: %2</translation>
    </message>
    <message>
        <source>the %1 lease failed: %2</source>
        <translation>die %1-Lease ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the %1 lease ended before the transfer</source>
        <translation>die %1-Lease endete vor der Übertragung</translation>
    </message>
    <message>
        <source>the %1 lease did not become ready in ten minutes</source>
        <translation>die %1-Lease wurde nicht binnen zehn Minuten bereit</translation>
    </message>
</context>
<context>
    <name>OpenStoreDialog</name>
    <message>
        <source>Remember the password in the keychain</source>
        <translation>Passwort im Schlüsselbund merken</translation>
    </message>
    <message>
        <source>Open Metadata Store</source>
        <translation>Metadaten-Speicher öffnen</translation>
    </message>
    <message>
        <source>file:/srv/metadata or postgresql://user@host/database</source>
        <translation>file:/srv/metadata oder postgresql://user@host/datenbank</translation>
    </message>
    <message>
        <source>Store URL</source>
        <translation>Speicher-URL</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>empty: the one in the keychain</source>
        <translation>leer: das aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>the keychain is not available</source>
        <translation>der Schlüsselbund ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Speicher:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
</context>
<context>
    <name>OvfImport</name>
    <message>
        <source>vCenter warns: %1</source>
        <translation>vCenter warnt: %1</translation>
    </message>
    <message>
        <source>vCenter cannot import this package: %1</source>
        <translation>vCenter kann dieses Paket nicht importieren: %1</translation>
    </message>
    <message>
        <source>vCenter refused the package (CreateImportSpec): %1</source>
        <translation>vCenter hat das Paket abgelehnt (CreateImportSpec): %1</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The import lease offers %1 upload(s) for the package&apos;s %2 file(s).</source>
        <translation>Die Import-Lease bietet %1 Upload(s) für %2 Datei(en) des Pakets an.</translation>
    </message>
</context>
<context>
    <name>OvfPackage</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 lässt sich nicht anlegen: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>cannot rename %1</source>
        <translation>%1 lässt sich nicht umbenennen</translation>
    </message>
    <message>
        <source>%1 does not match the manifest: %2</source>
        <translation>%1 passt nicht zum Manifest: %2</translation>
    </message>
    <message>
        <source>cannot read %1 in %2: %3</source>
        <translation>%1 in %2 lässt sich nicht lesen: %3</translation>
    </message>
    <message>
        <source>it differs</source>
        <translation>es weicht ab</translation>
    </message>
    <message>
        <source>unexpected entry %1</source>
        <translation>unerwarteter Eintrag %1</translation>
    </message>
    <message>
        <source>%1 bytes, expected %2, or another SHA-256</source>
        <translation>%1 Bytes, erwartet %2, oder ein anderer SHA-256</translation>
    </message>
    <message>
        <source>%1 entries, expected %2</source>
        <translation>%1 Einträge, erwartet %2</translation>
    </message>
    <message>
        <source>%1 bytes on disk, %2 written</source>
        <translation>%1 Bytes auf der Platte, %2 geschrieben</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>nicht aufgeführt</translation>
    </message>
    <message>
        <source>%1 bytes, expected %2</source>
        <translation>%1 Bytes, erwartet %2</translation>
    </message>
    <message>
        <source>SHA-256 %1, expected %2</source>
        <translation>SHA-256 %1, erwartet %2</translation>
    </message>
</context>
<context>
    <name>OvfSource</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 holds no .ovf descriptor.</source>
        <translation>%1 enthält keinen .ovf-Deskriptor.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
</context>
<context>
    <name>PacketLogModel</name>
    <message>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
</context>
<context>
    <name>PlacementCatalog</name>
    <message>
        <source>vCenter has no datacenter.</source>
        <translation>vCenter hat kein Rechenzentrum.</translation>
    </message>
    <message>
        <source>There is no datacenter named %1.</source>
        <translation>Es gibt kein Rechenzentrum namens %1.</translation>
    </message>
    <message>
        <source>There is no host named %1 in %2.</source>
        <translation>In %2 gibt es keinen Host namens %1.</translation>
    </message>
    <message>
        <source>%1 has no cluster or host to run a VM.</source>
        <translation>%1 hat keinen Cluster oder Host, der eine VM ausführen kann.</translation>
    </message>
    <message>
        <source>There is no cluster named %1 in %2.</source>
        <translation>In %2 gibt es keinen Cluster namens %1.</translation>
    </message>
    <message>
        <source>There is no resource pool %1 in %2.</source>
        <translation>In %2 gibt es keinen Ressourcenpool %1.</translation>
    </message>
    <message>
        <source>%1 has no resource pool.</source>
        <translation>%1 hat keinen Ressourcenpool.</translation>
    </message>
    <message>
        <source>%1 has no datastore.</source>
        <translation>%1 hat keinen Datenspeicher.</translation>
    </message>
    <message>
        <source>There is no datastore named %1 in %2.</source>
        <translation>In %2 gibt es keinen Datenspeicher namens %1.</translation>
    </message>
    <message>
        <source>There is no VM folder %1 in %2.</source>
        <translation>In %2 gibt es keinen VM-Ordner %1.</translation>
    </message>
    <message>
        <source>The package&apos;s network %1 has no match in %2: map it to one of %3.</source>
        <translation>Das Netzwerk %1 des Pakets hat keine Entsprechung in %2: Ordnen Sie es einem von %3 zu.</translation>
    </message>
    <message>
        <source>The package has no network named %1 (it has %2).</source>
        <translation>Das Paket hat kein Netzwerk namens %1 (es hat %2).</translation>
    </message>
</context>
<context>
    <name>PostgresConnection</name>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>cannot listen for changes: %1</source>
        <translation>Änderungen lassen sich nicht abonnieren: %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2; trying again in %3 s</source>
        <translation>keine Verbindung zu %1: %2; neuer Versuch in %3 s</translation>
    </message>
    <message>
        <source>connected to %1 and created its tables (schema version %2)</source>
        <translation>mit %1 verbunden und seine Tabellen angelegt (Schemaversion %2)</translation>
    </message>
    <message>
        <source>connected to %1 (schema version %2)</source>
        <translation>mit %1 verbunden (Schemaversion %2)</translation>
    </message>
    <message>
        <source>lost the connection to %1: %2; reconnecting in %3 s</source>
        <translation>Verbindung zu %1 verloren: %2; neuer Verbindungsversuch in %3 s</translation>
    </message>
    <message>
        <source>the metadata store %1 is not connected yet</source>
        <translation>der Metadatenspeicher %1 ist noch nicht verbunden</translation>
    </message>
    <message>
        <source>the metadata store %1 is unavailable: %2</source>
        <translation>der Metadatenspeicher %1 ist nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no document for %1 in %2</source>
        <translation>kein Dokument für %1 in %2</translation>
    </message>
    <message>
        <source>another document</source>
        <translation>ein anderes Dokument</translation>
    </message>
    <message>
        <source>a UUID of %1 already belongs to %2; a UUID can name one document only</source>
        <translation>eine UUID von %1 gehört bereits zu %2; eine UUID kann nur ein Dokument benennen</translation>
    </message>
    <message>
        <source>no document %1 in %2</source>
        <translation>kein Dokument %1 in %2</translation>
    </message>
    <message>
        <source>the document tables</source>
        <translation>die Dokumenttabellen</translation>
    </message>
</context>
<context>
    <name>PostgresDriver</name>
    <message>
        <source>refused an unsafe VM key</source>
        <translation>einen unsicheren VM-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>the metadata store %1 is unavailable and has no cached document for %2</source>
        <translation>der Metadatenspeicher %1 ist nicht verfügbar und hat kein zwischengespeichertes Dokument für %2</translation>
    </message>
    <message>
        <source>the metadata store is unavailable</source>
        <translation>der Metadatenspeicher ist nicht verfügbar</translation>
    </message>
    <message>
        <source>no document for this VM</source>
        <translation>kein Dokument für diese VM</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
    <message>
        <source>the document for this VM is not valid</source>
        <translation>das Dokument für diese VM ist ungültig</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a document: use a VM name without slashes, control characters or a leading dot</source>
        <translation>„%1“ kann kein Dokument benennen: Verwenden Sie einen VM-Namen ohne Schrägstriche, Steuerzeichen oder führenden Punkt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID</source>
        <translation>„%1“ ist keine UUID</translation>
    </message>
    <message>
        <source>the document for %1 is not UTF-8 text</source>
        <translation>das Dokument für %1 ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>the document for %1 contains a NUL character</source>
        <translation>das Dokument für %1 enthält ein NUL-Zeichen</translation>
    </message>
</context>
<context>
    <name>PostgresSchema</name>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>the schema version of %1 is %2, newer than this vmdesk knows (%3): upgrade vmdesk</source>
        <translation>die Schemaversion von %1 ist %2, neuer als diese vmdesk-Version kennt (%3): aktualisieren Sie vmdesk</translation>
    </message>
    <message>
        <source>cannot set up %1: %2</source>
        <translation>%1 können nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install libqt6sql6-psql</source>
        <translation>Qts PostgreSQL-Treiber (QPSQL) ist nicht installiert; installieren Sie libqt6sql6-psql</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The address ESXi hosts connect to; 0.0.0.0 listens on all</source>
        <translation>Die Adresse, mit der sich ESXi-Hosts verbinden; 0.0.0.0 lauscht auf allen</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>The port URIs VMs may ask for (the serial port&apos;s &quot;Port URI&quot;), separated by commas</source>
        <translation>Die Port-URIs, die VMs anfragen dürfen (&quot;Port-URI&quot; der seriellen Schnittstelle), durch Kommas getrennt</translation>
    </message>
    <message>
        <source>any host (e.g. 10.0.0.0/8)</source>
        <translation>jeder Host (z. B. 10.0.0.0/8)</translation>
    </message>
    <message>
        <source>Accept connections only from these networks or addresses, separated by commas</source>
        <translation>Verbindungen nur aus diesen Netzen oder von diesen Adressen annehmen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>one &lt;VM&gt;.yaml per VM</source>
        <translation>eine &lt;VM&gt;.yaml je VM</translation>
    </message>
    <message>
        <source>VM name</source>
        <translation>VM-Name</translation>
    </message>
    <message>
        <source>VC UUID</source>
        <translation>VC-UUID</translation>
    </message>
    <message>
        <source>BIOS UUID</source>
        <translation>BIOS-UUID</translation>
    </message>
    <message>
        <source>How many exports run at the same time</source>
        <translation>Wie viele Exporte gleichzeitig laufen</translation>
    </message>
    <message>
        <source>Same as the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Metadata server</source>
        <translation>Metadatenserver</translation>
    </message>
    <message>
        <source>Listen &amp;address:</source>
        <translation>&amp;Lauschadresse:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Port &amp;URIs:</source>
        <translation>Port-&amp;URIs:</translation>
    </message>
    <message>
        <source>A&amp;llowed hosts:</source>
        <translation>Erlaubte &amp;Hosts:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Metadata folder</source>
        <translation>Metadatenordner</translation>
    </message>
    <message>
        <source>Find VMs &amp;by:</source>
        <translation>VMs &amp;finden nach:</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exporte</translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation>&amp;Exportordner:</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <source>Exports at &amp;once:</source>
        <translation>&amp;Gleichzeitige Exporte:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Lauschadresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Port URIs</source>
        <translation>Port-URIs</translation>
    </message>
    <message>
        <source>Allowed hosts</source>
        <translation>Erlaubte Hosts</translation>
    </message>
    <message>
        <source>Find VMs by</source>
        <translation>VMs finden nach</translation>
    </message>
    <message>
        <source>Exports at once</source>
        <translation>Gleichzeitige Exporte</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PreviousExports</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation>%1 lässt sich nicht nach %2 verschieben</translation>
    </message>
</context>
<context>
    <name>PyYamlJson</name>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>der Text ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>a control character that YAML does not allow</source>
        <translation>ein Steuerzeichen, das YAML nicht erlaubt</translation>
    </message>
    <message>
        <source>more than one YAML document (cloud-init reads a single one)</source>
        <translation>mehr als ein YAML-Dokument (cloud-init liest nur eines)</translation>
    </message>
    <message>
        <source>the document is too large or too deep once its aliases are expanded</source>
        <translation>das Dokument ist nach dem Auflösen seiner Aliase zu groß oder zu tief verschachtelt</translation>
    </message>
    <message>
        <source>a set</source>
        <translation>eine Menge</translation>
    </message>
    <message>
        <source>an ordered map</source>
        <translation>eine geordnete Zuordnung</translation>
    </message>
    <message>
        <source>cloud-init cannot read a value tagged %1</source>
        <translation>cloud-init kann keinen Wert mit dem Tag %1 lesen</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read as %2</source>
        <translation>„%1“ lässt sich nicht als %2 lesen</translation>
    </message>
    <message>
        <source>merge keys nest too deeply</source>
        <translation>Merge-Schlüssel sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>a merge key (&lt;&lt;) takes maps only</source>
        <translation>ein Merge-Schlüssel (&lt;&lt;) nimmt nur Zuordnungen an</translation>
    </message>
    <message>
        <source>a merge key (&lt;&lt;) takes a map or a list of maps</source>
        <translation>ein Merge-Schlüssel (&lt;&lt;) nimmt eine Zuordnung oder eine Liste von Zuordnungen an</translation>
    </message>
    <message>
        <source>a list or a map cannot be a key (PyYAML: unhashable key)</source>
        <translation>eine Liste oder eine Zuordnung kann kein Schlüssel sein (PyYAML: unhashable key)</translation>
    </message>
    <message>
        <source>this is not YAML: a value was expected here</source>
        <translation>das ist kein YAML: Hier wurde ein Wert erwartet</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The server refused the connection (%1).</source>
        <translation>Der Server hat die Verbindung abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s host name was not found (%1).</source>
        <translation>Der Hostname des Servers wurde nicht gefunden (%1).</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>Der TLS-Verbindungsaufbau ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The vCenter session has ended; log in again.</source>
        <translation>Die vCenter-Sitzung ist beendet; bitte erneut anmelden.</translation>
    </message>
    <message>
        <source>The server&apos;s ServiceContent has no %1.</source>
        <translation>Der ServiceContent des Servers enthält kein %1.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The answer ended early.</source>
        <translation>Die Antwort endete vorzeitig.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>Die Antwort des Servers ließ sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>no address given; vCenter&apos;s is https://&lt;host&gt;/sdk</source>
        <translation>keine Adresse angegeben; die des vCenter lautet https://&lt;host&gt;/sdk</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address such as https://vcenter.example.com/sdk%2</source>
        <translation>„%1“ ist keine Adresse wie https://vcenter.example.com/sdk%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https:// or http:// address</source>
        <translation>„%1“ ist keine https://- oder http://-Adresse</translation>
    </message>
    <message>
        <source>The server has no vSphere SDK at this address (%1). vCenter&apos;s is https://&lt;host&gt;/sdk.</source>
        <translation>Der Server hat unter dieser Adresse kein vSphere-SDK (%1). Die des vCenter lautet https://&lt;host&gt;/sdk.</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>Der Server lehnte die Anfrage ab (%1).</translation>
    </message>
    <message>
        <source>The server failed to answer (%1).</source>
        <translation>Der Server konnte nicht antworten (%1).</translation>
    </message>
    <message>
        <source>The server answered, but not as a vSphere SDK: is the address right? vCenter&apos;s is https://&lt;host&gt;/sdk. (%1)</source>
        <translation>Der Server antwortete, aber nicht als vSphere-SDK: Stimmt die Adresse? Die des vCenter lautet https://&lt;host&gt;/sdk. (%1)</translation>
    </message>
    <message>
        <source>thin</source>
        <translation>Thin</translation>
    </message>
    <message>
        <source>thick, eager zeroed</source>
        <translation>Thick, Eager Zeroed</translation>
    </message>
    <message>
        <source>thick</source>
        <translation>Thick</translation>
    </message>
    <message>
        <source>WinRM&apos;s answer could not be read: %1</source>
        <translation>Die Antwort von WinRM ließ sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>WinRM answered HTTP %1 without a SOAP fault (%2).</source>
        <translation>WinRM hat mit HTTP %1 ohne SOAP-Fault geantwortet (%2).</translation>
    </message>
</context>
<context>
    <name>RecentTasksDock</name>
    <message>
        <source>Recent Tasks</source>
        <translation>Letzte Aufgaben</translation>
    </message>
    <message>
        <source>Recent tasks</source>
        <translation>Letzte Aufgaben</translation>
    </message>
    <message>
        <source>Recent &amp;Tasks</source>
        <translation>Letzte &amp;Aufgaben</translation>
    </message>
</context>
<context>
    <name>RequestActivityModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Latency p99</source>
        <translation>Latenz p99</translation>
    </message>
</context>
<context>
    <name>SchemaMessages</name>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>einer der Werte %1</translation>
    </message>
    <message>
        <source>matches more than one of the allowed forms</source>
        <translation>passt auf mehr als eine der erlaubten Formen</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>erwartet: %1, erhalten: %2</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation>unbekannter Schlüssel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (did you mean &apos;%2&apos;?)</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; (meinten Sie &apos;%2&apos;?)</translation>
    </message>
    <message>
        <source>the required key &apos;%1&apos; is missing</source>
        <translation>der Pflichtschlüssel &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the expected form</source>
        <translation>&apos;%1&apos; hat nicht die erwartete Form</translation>
    </message>
    <message>
        <source>expected a date like 2032-12-31, got %1</source>
        <translation>erwartet: ein Datum wie 2032-12-31, erhalten: %1</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>eine Liste von Zeichenketten</translation>
    </message>
</context>
<context>
    <name>SeedIso</name>
    <message>
        <source>cannot build the seed image: %1</source>
        <translation>das Seed-Image lässt sich nicht erstellen: %1</translation>
    </message>
    <message>
        <source>libarchive gave no reason</source>
        <translation>libarchive nannte keinen Grund</translation>
    </message>
</context>
<context>
    <name>SeedIsoChannel</name>
    <message>
        <source>vCenter did not say where %1&apos;s files are.</source>
        <translation>vCenter hat nicht mitgeteilt, wo die Dateien von %1 liegen.</translation>
    </message>
    <message>
        <source>%1 has no CD-ROM and no free IDE slot for one; add a CD-ROM drive and try again.</source>
        <translation>%1 hat kein CD-ROM-Laufwerk und keinen freien IDE-Steckplatz dafür; fügen Sie ein CD-ROM-Laufwerk hinzu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Attach seed ISO</source>
        <translation>Seed-ISO einbinden</translation>
    </message>
    <message>
        <source>vCenter accepted the change, but the CD-ROM does not show %1.</source>
        <translation>vCenter hat die Änderung angenommen, aber das CD-ROM-Laufwerk zeigt %1 nicht.</translation>
    </message>
    <message>
        <source>Detach seed ISO</source>
        <translation>Seed-ISO entfernen</translation>
    </message>
</context>
<context>
    <name>SerialPortDialog</name>
    <message>
        <source>Connect Serial Port to Metadata Server</source>
        <translation>Serielle Schnittstelle mit dem Metadatenserver verbinden</translation>
    </message>
    <message numerus="yes">
        <source>A network serial port is added to %n VM(s). ESXi connects it to the metadata server:</source>
        <translation>
            <numerusform>Eine serielle Netzwerkschnittstelle wird %n VM hinzugefügt. ESXi verbindet sie mit dem Metadatenserver:</numerusform>
            <numerusform>Eine serielle Netzwerkschnittstelle wird %n VMs hinzugefügt. ESXi verbindet sie mit dem Metadatenserver:</numerusform>
        </translation>
    </message>
    <message>
        <source>Port URI (the server accepts these):</source>
        <translation>Port-URI (diese nimmt der Server an):</translation>
    </message>
    <message>
        <source>vSPC address (as the ESXi hosts reach this machine):</source>
        <translation>vSPC-Adresse (wie die ESXi-Hosts diesen Rechner erreichen):</translation>
    </message>
    <message numerus="yes">
        <source>Add Serial Port to %n VM(s)</source>
        <translation>
            <numerusform>Serielle Schnittstelle zu %n VM hinzufügen</numerusform>
            <numerusform>Serielle Schnittstelle zu %n VMs hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SerialPortTarget</name>
    <message>
        <source>The metadata server has no port URI configured, so it refuses every VM: set one on the Guests page.</source>
        <translation>Der Metadatenserver hat keine Port-URI eingestellt und lehnt daher jede VM ab: Legen Sie auf der Seite „Gäste“ eine fest.</translation>
    </message>
    <message>
        <source>The metadata server listens on %1 only, which no ESXi host can reach. On the Guests page, let it listen on 0.0.0.0 or on one of this machine&apos;s addresses below.</source>
        <translation>Der Metadatenserver lauscht nur auf %1, was kein ESXi-Host erreichen kann. Lassen Sie ihn auf der Seite „Gäste“ auf 0.0.0.0 oder auf einer der unten genannten Adressen dieses Rechners lauschen.</translation>
    </message>
</context>
<context>
    <name>SharedGuestConnection</name>
    <message>
        <source>guest registry: cannot connect to %1: %2</source>
        <translation>Gastverzeichnis: keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>registered in %1 as instance %2%3</source>
        <translation>in %1 als Instanz %2 eingetragen%3</translation>
    </message>
    <message>
        <source> (created the guest tables)</source>
        <translation> (Gasttabellen angelegt)</translation>
    </message>
    <message>
        <source>guest registry: instance %1 had been removed from %2 as stale; registering again</source>
        <translation>Gastverzeichnis: Instanz %1 wurde als veraltet aus %2 entfernt; sie trägt sich erneut ein</translation>
    </message>
    <message>
        <source>guest registry: %1 is unavailable: %2; keeping guests locally and retrying</source>
        <translation>Gastverzeichnis: %1 ist nicht erreichbar: %2; die Gäste bleiben lokal, neuer Versuch folgt</translation>
    </message>
    <message>
        <source>the guest tables</source>
        <translation>die Gasttabellen</translation>
    </message>
    <message>
        <source>cannot listen for vMotions: %1</source>
        <translation>kann nicht auf vMotions lauschen: %1</translation>
    </message>
    <message numerus="yes">
        <source>guest registry: forgot %n vMotion(s) that never completed</source>
        <translation>
            <numerusform>Gastregister: %n nie abgeschlossene vMotion vergessen</numerusform>
            <numerusform>Gastregister: %n nie abgeschlossene vMotions vergessen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedGuestRegistry</name>
    <message>
        <source>guest registry: removed instance %1 and its guests from %2 (no heartbeat for %3 s)</source>
        <translation>Gastverzeichnis: Instanz %1 und ihre Gäste aus %2 entfernt (seit %3 s kein Takt)</translation>
    </message>
</context>
<context>
    <name>SharedVMotionTable</name>
    <message>
        <source>the database connection is down</source>
        <translation>die Datenbankverbindung ist unterbrochen</translation>
    </message>
    <message>
        <source>no vMotion with this sequence was claimed by this server (expired?)</source>
        <translation>keine vMotion mit dieser Sequenz wurde von diesem Server übernommen (abgelaufen?)</translation>
    </message>
</context>
<context>
    <name>SimulatorProcess</name>
    <message>
        <source>The vCenter simulator could not be started: %1</source>
        <translation>Der vCenter-Simulator konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The vCenter simulator stopped before it was ready (exit code %1).</source>
        <translation>Der vCenter-Simulator wurde beendet, bevor er bereit war (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The vCenter simulator crashed.</source>
        <translation>Der vCenter-Simulator ist abgestürzt.</translation>
    </message>
    <message>
        <source>The vCenter simulator (vmdesk-vcsim) is not installed next to vmdesk.</source>
        <translation>Der vCenter-Simulator (vmdesk-vcsim) ist nicht neben vmdesk installiert.</translation>
    </message>
    <message>
        <source>The vCenter simulator printed no SDK URL.</source>
        <translation>Der vCenter-Simulator hat keine SDK-URL ausgegeben.</translation>
    </message>
</context>
<context>
    <name>SiteModel</name>
    <message>
        <source>This console&apos;s own metadata server, which is not registered in the site&apos;s store</source>
        <translation>Der eigene Metadaten-Server dieser Konsole, der nicht im Speicher des Standorts registriert ist</translation>
    </message>
    <message>
        <source>Instance %1 has not sent a heartbeat for %2; the other servers remove an instance that stays silent for their timeout (30 s by default)</source>
        <translation>Instanz %1 hat seit %2 keinen Heartbeat gesendet; die anderen Server entfernen eine Instanz, die länger als ihr Timeout schweigt (standardmäßig 30 s)</translation>
    </message>
    <message>
        <source>Instance %1</source>
        <translation>Instanz %1</translation>
    </message>
    <message>
        <source>This console (%1)</source>
        <translation>Diese Konsole (%1)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>Instance / VM</source>
        <translation>Instanz / VM</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation>Heartbeat</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Bedient von</translation>
    </message>
    <message>
        <source>Host connection</source>
        <translation>Host-Verbindung</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>Letzte Anfrage</translation>
    </message>
    <message>
        <source>VC UUID</source>
        <translation>VC-UUID</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteObserverConnection</name>
    <message>
        <source>no metadata server has registered in %1 yet: start vmdeskctl serve-metadata with --store %1</source>
        <translation>in %1 hat sich noch kein Metadaten-Server registriert: starten Sie vmdeskctl serve-metadata mit --store %1</translation>
    </message>
    <message>
        <source>watching the site in %1</source>
        <translation>beobachte den Standort in %1</translation>
    </message>
    <message>
        <source>cannot read the site from %1: %2; trying again in %3 s</source>
        <translation>kann den Standort nicht aus %1 lesen: %2; neuer Versuch in %3 s</translation>
    </message>
</context>
<context>
    <name>SitePanel</name>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Site store URL</source>
        <translation>URL des Standort-Speichers</translation>
    </message>
    <message>
        <source>The --store the metadata servers were started with; without a password</source>
        <translation>Das --store, mit dem die Metadaten-Server gestartet wurden; ohne Passwort</translation>
    </message>
    <message>
        <source>Site store password</source>
        <translation>Passwort des Standort-Speichers</translation>
    </message>
    <message>
        <source>from the keychain</source>
        <translation>aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>Search the site</source>
        <translation>Standort durchsuchen</translation>
    </message>
    <message>
        <source>Filter instances and guests</source>
        <translation>Instanzen und Gäste filtern</translation>
    </message>
    <message>
        <source>Site instances and guests</source>
        <translation>Instanzen und Gäste des Standorts</translation>
    </message>
    <message>
        <source>Watch every metadata server of a site</source>
        <translation>Alle Metadaten-Server eines Standorts beobachten</translation>
    </message>
    <message>
        <source>&lt;p&gt;Metadata servers started with the same &lt;tt&gt;--store postgresql://user@host/database&lt;/tt&gt; register themselves and their guests in that database. Enter the same URL above (without a password), and its password, then &lt;b&gt;Watch&lt;/b&gt;: every server appears with its address, guest count and heartbeat, and every guest under the server that holds it. This console&apos;s own server, when it runs, is one row among them.&lt;/p&gt;&lt;p&gt;The URL is remembered; the password only in the keychain, if you ask for it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Metadaten-Server, die mit demselben &lt;tt&gt;--store postgresql://user@host/datenbank&lt;/tt&gt; gestartet wurden, registrieren sich und ihre Gäste in dieser Datenbank. Geben Sie oben dieselbe URL (ohne Passwort) und ihr Passwort ein, dann &lt;b&gt;Beobachten&lt;/b&gt;: jeder Server erscheint mit Adresse, Gastzahl und Heartbeat, und jeder Gast unter dem Server, der ihn hält. Der eigene Server dieser Konsole ist, wenn er läuft, eine Zeile unter ihnen.&lt;/p&gt;&lt;p&gt;Die URL wird gemerkt; das Passwort nur im Schlüsselbund, wenn Sie es wünschen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Speicher:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>A site is watched in its PostgreSQL store (postgresql://user@host/database); a folder is one server&apos;s own.</source>
        <translation>Ein Standort wird in seinem PostgreSQL-Speicher beobachtet (postgresql://user@host/datenbank); ein Ordner gehört einem einzelnen Server.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <source>The password was not remembered: %1</source>
        <translation>Das Passwort wurde nicht gemerkt: %1</translation>
    </message>
    <message>
        <source>The keychain did not give the password: %1</source>
        <translation>Der Schlüsselbund hat das Passwort nicht geliefert: %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>Keep the password in the keychain, under the store&apos;s URL</source>
        <translation>Das Passwort im Schlüsselbund behalten, unter der URL des Speichers</translation>
    </message>
    <message>
        <source>No keychain: the password will not be remembered.</source>
        <translation>Kein Schlüsselbund: das Passwort wird nicht gemerkt.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Reading the store&apos;s password from the keychain…</source>
        <translation>Lese das Passwort des Speichers aus dem Schlüsselbund…</translation>
    </message>
    <message>
        <source>Not watching a site.</source>
        <translation>Kein Standort wird beobachtet.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s), </source>
        <translation>
            <numerusform>%n Instanz, </numerusform>
            <numerusform>%n Instanzen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n Gast</numerusform>
            <numerusform>%n Gäste</numerusform>
        </translation>
    </message>
    <message>
        <source>Stale: showing the site as of %1 (%2). %3</source>
        <translation>Veraltet: der Standort, wie er um %1 war (%2). %3</translation>
    </message>
    <message>
        <source>Watching %1: %2; updated at %3.</source>
        <translation>Beobachte %1: %2; aktualisiert um %3.</translation>
    </message>
</context>
<context>
    <name>Snippets</name>
    <message>
        <source>User with SSH key and sudo</source>
        <translation>Benutzer mit SSH-Schlüssel und sudo</translation>
    </message>
    <message>
        <source>Packages, with update and upgrade</source>
        <translation>Pakete, mit Update und Upgrade</translation>
    </message>
    <message>
        <source>Write a file</source>
        <translation>Datei schreiben</translation>
    </message>
    <message>
        <source>Run commands on first boot</source>
        <translation>Befehle beim ersten Start ausführen</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Grow the root partition</source>
        <translation>Root-Partition vergrößern</translation>
    </message>
    <message>
        <source>NTP servers</source>
        <translation>NTP-Server</translation>
    </message>
    <message>
        <source>Swap file</source>
        <translation>Swap-Datei</translation>
    </message>
    <message>
        <source>APT proxy</source>
        <translation>APT-Proxy</translation>
    </message>
    <message>
        <source>Reboot when done</source>
        <translation>Danach neu starten</translation>
    </message>
</context>
<context>
    <name>SshKeysEditor</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation>Fingerabdruck (SHA256)</translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation>Schlüssel hinzufügen …</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Add SSH Key</source>
        <translation>SSH-Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Paste a public key (id_ed25519.pub):</source>
        <translation>Öffentlichen Schlüssel einfügen (id_ed25519.pub):</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>SSH keys</source>
        <translation>SSH-Schlüssel</translation>
    </message>
</context>
<context>
    <name>SshPublicKey</name>
    <message>
        <source>the key is truncated or damaged</source>
        <translation>der Schlüssel ist abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <source>the key says curve %1 but its type is %2</source>
        <translation>der Schlüssel nennt die Kurve %1, sein Typ ist aber %2</translation>
    </message>
    <message>
        <source>the key has extra data after its end</source>
        <translation>der Schlüssel hat überzählige Daten nach seinem Ende</translation>
    </message>
    <message>
        <source>the key is empty</source>
        <translation>der Schlüssel ist leer</translation>
    </message>
    <message>
        <source>this is a private key: paste the public key instead (the .pub file, one line starting with ssh-ed25519, ssh-rsa or ecdsa-sha2-...)</source>
        <translation>dies ist ein privater Schlüssel: Fügen Sie stattdessen den öffentlichen ein (die .pub-Datei, eine Zeile, die mit ssh-ed25519, ssh-rsa oder ecdsa-sha2-... beginnt)</translation>
    </message>
    <message>
        <source>this is not in OpenSSH format: paste the one-line public key from the .pub file</source>
        <translation>dies ist nicht im OpenSSH-Format: Fügen Sie den einzeiligen öffentlichen Schlüssel aus der .pub-Datei ein</translation>
    </message>
    <message>
        <source>unknown key type &quot;%1&quot;</source>
        <translation>unbekannter Schlüsseltyp „%1“</translation>
    </message>
    <message>
        <source>the key data is missing after %1</source>
        <translation>nach %1 fehlen die Schlüsseldaten</translation>
    </message>
    <message>
        <source>the key data is not base64</source>
        <translation>die Schlüsseldaten sind kein Base64</translation>
    </message>
    <message>
        <source>the type says %1 but the key is %2</source>
        <translation>der Typ lautet %1, der Schlüssel ist aber %2</translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Running (%1%)</source>
        <translation>Läuft (%1 %)</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Queued or started: %1</source>
        <translation>Eingereiht oder gestartet: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <translation>Abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>Initiator</translation>
    </message>
</context>
<context>
    <name>ThroughputChart</name>
    <message>
        <source>Selected job</source>
        <translation>Gewählter Auftrag</translation>
    </message>
    <message>
        <source>%d s</source>
        <comment>the time axis: seconds before now</comment>
        <translation>%d s</translation>
    </message>
    <message>
        <source>B/s</source>
        <translation>B/s</translation>
    </message>
    <message>
        <source>KiB/s</source>
        <translation>KiB/s</translation>
    </message>
    <message>
        <source>MiB/s</source>
        <translation>MiB/s</translation>
    </message>
    <message>
        <source>GiB/s</source>
        <translation>GiB/s</translation>
    </message>
    <message>
        <source>All transfers</source>
        <translation>Alle Übertragungen</translation>
    </message>
</context>
<context>
    <name>TransferJobActions</name>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Pause the Transfer of</source>
        <translation>Übertragung anhalten</translation>
    </message>
    <message>
        <source>A file transfer to or from a guest cannot continue where it stopped: what it has transferred is not kept, and it starts over from the beginning when resumed.</source>
        <translation>Eine Dateiübertragung zu einem oder von einem Gast kann nicht dort fortgesetzt werden, wo sie angehalten wurde: Das bereits Übertragene wird nicht aufbewahrt, und sie beginnt beim Fortsetzen von vorn.</translation>
    </message>
</context>
<context>
    <name>UpcomingPage</name>
    <message>
        <source>This build of vmdesk does not have it yet.</source>
        <translation>Diese Version von vmdesk enthält das noch nicht.</translation>
    </message>
</context>
<context>
    <name>UserDataValidator</name>
    <message>
        <source>cloud-init&apos;s schema is not built into this program</source>
        <translation>das Schema von cloud-init ist nicht in dieses Programm eingebaut</translation>
    </message>
    <message>
        <source>cloud-init&apos;s schema cannot be read: %1</source>
        <translation>das Schema von cloud-init lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>the cloud-config does not match cloud-init&apos;s schema</source>
        <translation>die cloud-config entspricht nicht dem Schema von cloud-init</translation>
    </message>
    <message>
        <source>unknown top-level key &apos;%1&apos;: cloud-init ignores it</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; auf oberster Ebene: cloud-init ignoriert ihn</translation>
    </message>
    <message>
        <source>unknown top-level key &apos;%1&apos;: cloud-init ignores it (did you mean &apos;%2&apos;?)</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; auf oberster Ebene: cloud-init ignoriert ihn (meinten Sie &apos;%2&apos;?)</translation>
    </message>
    <message>
        <source>the first line ends in CR LF: the kernel would look for an interpreter whose name ends in a carriage return</source>
        <translation>die erste Zeile endet auf CR LF: Der Kernel würde einen Interpreter suchen, dessen Name auf einen Wagenrücklauf endet</translation>
    </message>
    <message>
        <source>no interpreter after #!</source>
        <translation>kein Interpreter nach #!</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL</source>
        <translation>&apos;%1&apos; ist keine URL</translation>
    </message>
    <message>
        <source>the include list names no URL</source>
        <translation>die Include-Liste nennt keine URL</translation>
    </message>
    <message>
        <source>the user-data is empty: cloud-init will do nothing with it</source>
        <translation>die user-data ist leer: cloud-init wird nichts damit tun</translation>
    </message>
    <message>
        <source>the boothook has no commands</source>
        <translation>der Boothook enthält keine Befehle</translation>
    </message>
    <message>
        <source>gzip-compressed user-data: cloud-init unpacks it, vmdesk cannot check it</source>
        <translation>gzip-komprimierte user-data: cloud-init entpackt sie, vmdesk kann sie nicht prüfen</translation>
    </message>
    <message>
        <source>the first line must be exactly &quot;#cloud-config&quot; (no spaces, lower case), or cloud-init ignores the text</source>
        <translation>die erste Zeile muss genau „#cloud-config“ lauten (ohne Leerzeichen, kleingeschrieben), sonst ignoriert cloud-init den Text</translation>
    </message>
    <message>
        <source>this is a YAML map, but without &quot;#cloud-config&quot; as its first line cloud-init ignores it</source>
        <translation>dies ist eine YAML-Zuordnung, doch ohne „#cloud-config“ als erste Zeile ignoriert cloud-init sie</translation>
    </message>
    <message>
        <source>cloud-init does not recognise this kind of user-data by its first line</source>
        <translation>cloud-init erkennt diese Art von user-data nicht an ihrer ersten Zeile</translation>
    </message>
    <message>
        <source>the multipart Content-Type has no boundary</source>
        <translation>der Multipart-Content-Type hat keine Boundary</translation>
    </message>
    <message>
        <source>multipart parts nest too deeply</source>
        <translation>Multipart-Teile sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the multipart user-data has no parts</source>
        <translation>die Multipart-user-data hat keine Teile</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>Teil %1</translation>
    </message>
    <message>
        <source>part %1 (%2)</source>
        <translation>Teil %1 (%2)</translation>
    </message>
    <message>
        <source>%1: the base64 text is damaged</source>
        <translation>%1: Der Base64-Text ist beschädigt</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot check a part encoded as %2</source>
        <translation>%1: Ein als %2 kodierter Teil lässt sich nicht prüfen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>not a YAML map: cloud-init needs module settings as keys (&quot;packages:&quot;, &quot;users:&quot; ...)</source>
        <translation>keine YAML-Zuordnung: cloud-init erwartet Moduleinstellungen als Schlüssel („packages:“, „users:“ …)</translation>
    </message>
    <message>
        <source>the check failed: %1</source>
        <translation>die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the check failed</source>
        <translation>die Prüfung ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>VSphereSession</name>
    <message>
        <source>Already connected; log out first.</source>
        <translation>Bereits verbunden; bitte zuerst abmelden.</translation>
    </message>
    <message>
        <source>A server URL, a user name and a password are needed.</source>
        <translation>Server-URL, Benutzername und Passwort werden benötigt.</translation>
    </message>
    <message>
        <source>Not connected to a vCenter.</source>
        <translation>Nicht mit einem vCenter verbunden.</translation>
    </message>
    <message>
        <source>The vCenter session ended and logging in again failed: %1</source>
        <translation>Die vCenter-Sitzung endete und die erneute Anmeldung schlug fehl: %1</translation>
    </message>
</context>
<context>
    <name>VimClient</name>
    <message>
        <source>The server&apos;s certificate is not trusted (SHA-256 %1). Check the thumbprint with your vCenter administrator before you trust it.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut (SHA-256 %1). Prüfen Sie den Fingerabdruck mit Ihrer vCenter-Administration, bevor Sie ihm vertrauen.</translation>
    </message>
</context>
<context>
    <name>VimTask</name>
    <message>
        <source>Power on virtual machine</source>
        <translation>Virtuelle Maschine einschalten</translation>
    </message>
    <message>
        <source>Power off virtual machine</source>
        <translation>Virtuelle Maschine ausschalten</translation>
    </message>
    <message>
        <source>Reset virtual machine</source>
        <translation>Virtuelle Maschine zurücksetzen</translation>
    </message>
    <message>
        <source>Suspend virtual machine</source>
        <translation>Virtuelle Maschine anhalten</translation>
    </message>
    <message>
        <source>Reconfigure virtual machine</source>
        <translation>Virtuelle Maschine neu konfigurieren</translation>
    </message>
    <message>
        <source>Create snapshot</source>
        <translation>Snapshot erstellen</translation>
    </message>
    <message>
        <source>Clone virtual machine</source>
        <translation>Virtuelle Maschine klonen</translation>
    </message>
    <message>
        <source>Delete virtual machine</source>
        <translation>Virtuelle Maschine löschen</translation>
    </message>
    <message>
        <source>Migrate virtual machine</source>
        <translation>Virtuelle Maschine migrieren</translation>
    </message>
    <message>
        <source>Revert to snapshot</source>
        <translation>Auf Snapshot zurücksetzen</translation>
    </message>
    <message>
        <source>Remove snapshot</source>
        <translation>Snapshot entfernen</translation>
    </message>
</context>
<context>
    <name>VmActions</name>
    <message>
        <source>Power on</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <source>Power off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Shut down guest</source>
        <translation>Gast herunterfahren</translation>
    </message>
    <message>
        <source>Restart guest</source>
        <translation>Gast neu starten</translation>
    </message>
    <message>
        <source>Not connected to a vCenter.</source>
        <translation>Nicht mit einem vCenter verbunden.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 did not finish in time</source>
        <translation>%1 wurde nicht rechtzeitig fertig</translation>
    </message>
    <message>
        <source>Create snapshot %1</source>
        <translation>Snapshot %1 erstellen</translation>
    </message>
    <message>
        <source>Revert to snapshot</source>
        <translation>Auf Snapshot zurücksetzen</translation>
    </message>
    <message>
        <source>Delete snapshot</source>
        <translation>Snapshot löschen</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Notizen bearbeiten</translation>
    </message>
    <message>
        <source>Set attribute %1</source>
        <translation>Attribut %1 setzen</translation>
    </message>
    <message>
        <source>Add serial port %1</source>
        <translation>Serielle Schnittstelle %1 hinzufügen</translation>
    </message>
    <message>
        <source>Set guestinfo</source>
        <translation>guestinfo setzen</translation>
    </message>
</context>
<context>
    <name>VmCommands</name>
    <message>
        <source>Power On</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <source>Power Off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Shut Down Guest</source>
        <translation>Gast herunterfahren</translation>
    </message>
    <message>
        <source>Restart Guest</source>
        <translation>Gast neu starten</translation>
    </message>
    <message>
        <source>The guest is not shut down: unsaved work in it is lost.</source>
        <translation>Der Gast wird nicht heruntergefahren: Ungespeicherte Arbeit darin geht verloren.</translation>
    </message>
    <message>
        <source>The guest stops until it is powered on again.</source>
        <translation>Der Gast bleibt stehen, bis er wieder eingeschaltet wird.</translation>
    </message>
    <message>
        <source>VMware Tools asks the guest operating system to shut down; its users are logged off.</source>
        <translation>VMware Tools bittet das Gastbetriebssystem, herunterzufahren; seine Benutzer werden abgemeldet.</translation>
    </message>
    <message>
        <source>VMware Tools asks the guest operating system to restart; its users are logged off.</source>
        <translation>VMware Tools bittet das Gastbetriebssystem, neu zu starten; seine Benutzer werden abgemeldet.</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>Snapshot erstellen</translation>
    </message>
    <message>
        <source>Snapshot name:</source>
        <translation>Name des Snapshots:</translation>
    </message>
    <message>
        <source>Taken with vmdesk</source>
        <translation>Mit vmdesk erstellt</translation>
    </message>
    <message>
        <source>Edit Notes</source>
        <translation>Notizen bearbeiten</translation>
    </message>
    <message>
        <source>Notes for %1:</source>
        <translation>Notizen für %1:</translation>
    </message>
    <message>
        <source>Set Attribute</source>
        <translation>Attribut setzen</translation>
    </message>
    <message numerus="yes">
        <source>Custom attribute for %n VM(s):</source>
        <translation>
            <numerusform>Benutzerdefiniertes Attribut für %n VM:</numerusform>
            <numerusform>Benutzerdefiniertes Attribut für %n VMs:</numerusform>
        </translation>
    </message>
    <message>
        <source>Value of &quot;%1&quot; (empty clears it):</source>
        <translation>Wert von „%1“ (leer löscht ihn):</translation>
    </message>
    <message>
        <source>Connect Serial Port</source>
        <translation>Serielle Schnittstelle verbinden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed for %2 of %n VM(s)</source>
        <translation>
            <numerusform>%1 bei %2 von %n VM fehlgeschlagen</numerusform>
            <numerusform>%1 bei %2 von %n VMs fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed for %2.</source>
        <translation>%1 bei %2 fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed for %n VM(s).</source>
        <translation>
            <numerusform>%1 bei %n VM fehlgeschlagen.</numerusform>
            <numerusform>%1 bei %n VMs fehlgeschlagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VmDetailsPane</name>
    <message>
        <source>Select a virtual machine to see its details.</source>
        <translation>Wählen Sie eine VM, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Power state</source>
        <translation>Betriebszustand</translation>
    </message>
    <message>
        <source>Guest OS</source>
        <translation>Gastbetriebssystem</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Datacenter</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>VMware Tools</source>
        <translation>VMware Tools</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>Storage used</source>
        <translation>Belegter Speicher</translation>
    </message>
    <message>
        <source>BIOS UUID</source>
        <translation>BIOS-UUID</translation>
    </message>
    <message>
        <source>Instance UUID</source>
        <translation>Instanz-UUID</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Host name (guest)</source>
        <translation>Hostname (Gast)</translation>
    </message>
    <message>
        <source>Guest ID</source>
        <translation>Gast-ID</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Hardware version</source>
        <translation>Hardwareversion</translation>
    </message>
    <message>
        <source>Booted</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Reading devices…</source>
        <translation>Geräte werden gelesen…</translation>
    </message>
    <message>
        <source>The devices could not be read: %1</source>
        <translation>Die Geräte ließen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Backing</source>
        <translation>Anbindung</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Service URI</source>
        <translation>Dienst-URI</translation>
    </message>
    <message>
        <source>vSPC</source>
        <translation>vSPC</translation>
    </message>
    <message>
        <source>Serial ports</source>
        <translation>Serielle Schnittstellen</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>Festplatten</translation>
    </message>
    <message>
        <source>guestinfo keys</source>
        <translation>guestinfo-Schlüssel</translation>
    </message>
    <message>
        <source>Details of the VM</source>
        <translation>Details der VM</translation>
    </message>
    <message>
        <source>Port group</source>
        <translation>Portgruppe</translation>
    </message>
    <message>
        <source>No network adapters</source>
        <translation>Keine Netzwerkadapter</translation>
    </message>
    <message>
        <source>No serial ports</source>
        <translation>Keine seriellen Schnittstellen</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Datastore</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>No disks</source>
        <translation>Keine Festplatten</translation>
    </message>
    <message>
        <source>you are here</source>
        <translation>Sie sind hier</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>No snapshots</source>
        <translation>Keine Snapshots</translation>
    </message>
    <message>
        <source>No guestinfo keys</source>
        <translation>Keine guestinfo-Schlüssel</translation>
    </message>
</context>
<context>
    <name>VmLocation</name>
    <message>
        <source>%1 is in no datacenter.</source>
        <translation>%1 liegt in keinem Rechenzentrum.</translation>
    </message>
    <message>
        <source>%1 is in no folder; is it a template in a vApp?</source>
        <translation>%1 liegt in keinem Ordner; ist es eine Vorlage in einer vApp?</translation>
    </message>
</context>
<context>
    <name>VspcConfig</name>
    <message>
        <source>&quot;%1&quot; is not a network (such as 10.0.0.0/8) or an address</source>
        <translation>„%1“ ist kein Netz (wie 10.0.0.0/8) und keine Adresse</translation>
    </message>
</context>
<context>
    <name>VspcServer</name>
    <message>
        <source>Accepting a connection failed: %1</source>
        <translation>Eine Verbindung ließ sich nicht annehmen: %1</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
    <message>
        <source>the server stopped</source>
        <translation>der Server wurde angehalten</translation>
    </message>
    <message>
        <source>vMotion of %1 refused (NOTNOW): the shared registry cannot record it: %2</source>
        <translation>vMotion von %1 abgelehnt (NOTNOW): das gemeinsame Register kann sie nicht festhalten: %2</translation>
    </message>
    <message>
        <source>vMotion of %1 arrives at %2 from the server at %3</source>
        <translation>vMotion von %1 kommt an %2 an, vom Server unter %3</translation>
    </message>
    <message>
        <source>%1 presented a vMotion sequence with the wrong secret; no PEER-OK</source>
        <translation>%1 legte eine vMotion-Sequenz mit falschem Geheimnis vor; kein PEER-OK</translation>
    </message>
    <message>
        <source>%1 presented an unknown vMotion cookie</source>
        <translation>%1 legte ein unbekanntes vMotion-Cookie vor</translation>
    </message>
    <message>
        <source>%1 presented a vMotion cookie that cannot be checked: %2</source>
        <translation>%1 legte ein vMotion-Cookie vor, das nicht geprüft werden kann: %2</translation>
    </message>
    <message>
        <source>vMotion complete for %1: now at %2, moved from the server at %3</source>
        <translation>vMotion von %1 abgeschlossen: jetzt unter %2, verschoben vom Server unter %3</translation>
    </message>
    <message>
        <source>vMotion of %1 is served here, but the shared registry could not record the move: %2</source>
        <translation>vMotion von %1 wird hier bedient, aber das gemeinsame Register konnte den Umzug nicht festhalten: %2</translation>
    </message>
    <message>
        <source>vMotion completed on the server at %1</source>
        <translation>vMotion auf dem Server unter %1 abgeschlossen</translation>
    </message>
</context>
<context>
    <name>WsManClient</name>
    <message>
        <source>The host&apos;s certificate is not trusted (SHA-256 %1). Check the thumbprint on the Hyper-V host (Get-ChildItem Cert:\LocalMachine\My) before you trust it.</source>
        <translation>Dem Zertifikat des Hosts wird nicht vertraut (SHA-256 %1). Prüfen Sie den Fingerabdruck auf dem Hyper-V-Host (Get-ChildItem Cert:\LocalMachine\My), bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>The Hyper-V host refused the user name or password (HTTP 401). WinRM must allow this authentication (winrm get winrm/config/service/auth).</source>
        <translation>Der Hyper-V-Host hat den Benutzernamen oder das Passwort abgelehnt (HTTP 401). WinRM muss diese Authentifizierung zulassen (winrm get winrm/config/service/auth).</translation>
    </message>
    <message>
        <source>%1 refused the connection: is WinRM listening on port %2? (%3)</source>
        <translation>%1 hat die Verbindung abgelehnt: Lauscht WinRM auf Port %2? (%3)</translation>
    </message>
    <message>
        <source>The host name %1 was not found.</source>
        <translation>Der Hostname %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The Hyper-V host did not answer in time.</source>
        <translation>Der Hyper-V-Host hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>WinRM answered HTTP %1 with no content.</source>
        <translation>WinRM hat mit HTTP %1 ohne Inhalt geantwortet.</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>WinRM ended an enumeration without EndOfSequence and without a context to go on.</source>
        <translation>WinRM hat eine Enumeration ohne EndOfSequence und ohne Kontext zum Fortsetzen beendet.</translation>
    </message>
    <message>
        <source>WinRM&apos;s answer to %1 has no %1_OUTPUT.</source>
        <translation>Die Antwort von WinRM auf %1 hat kein %1_OUTPUT.</translation>
    </message>
    <message>
        <source>The query names no class: %1</source>
        <translation>Die Abfrage nennt keine Klasse: %1</translation>
    </message>
</context>
<context>
    <name>WsManEndpoint</name>
    <message>
        <source>no address given; WinRM&apos;s is https://&lt;host&gt;:5986/wsman</source>
        <translation>keine Adresse angegeben; die von WinRM lautet https://&lt;host&gt;:5986/wsman</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address such as https://hyperv01.example.com:5986/wsman</source>
        <translation>„%1“ ist keine Adresse wie https://hyperv01.example.com:5986/wsman</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https:// or http:// address</source>
        <translation>„%1“ ist keine https://- oder http://-Adresse</translation>
    </message>
    <message>
        <source>Windows authentication (Negotiate/NTLM) needs HTTPS: over HTTP WinRM encrypts each message with the session key, which vmdesk does not do. Use https://…:5986, or Basic authentication.</source>
        <translation>Windows-Authentifizierung (Negotiate/NTLM) braucht HTTPS: Über HTTP verschlüsselt WinRM jede Nachricht mit dem Sitzungsschlüssel, was vmdesk nicht tut. Verwenden Sie https://…:5986 oder Basic-Authentifizierung.</translation>
    </message>
</context>
<context>
    <name>WsManError</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>WsManFault</name>
    <message>
        <source>WinRM answered with a fault and no reason.</source>
        <translation>WinRM hat mit einem Fault ohne Begründung geantwortet.</translation>
    </message>
</context>
<context>
    <name>WsManResponse</name>
    <message>
        <source>The answer is not XML: %1</source>
        <translation>Die Antwort ist kein XML: %1</translation>
    </message>
    <message>
        <source>The answer is not a SOAP 1.2 envelope.</source>
        <translation>Die Antwort ist kein SOAP-1.2-Envelope.</translation>
    </message>
    <message>
        <source>The answer is not well-formed XML (line %1): %2</source>
        <translation>Die Antwort ist kein wohlgeformtes XML (Zeile %1): %2</translation>
    </message>
    <message>
        <source>The SOAP envelope has no body.</source>
        <translation>Der SOAP-Envelope hat keinen Body.</translation>
    </message>
</context>
<context>
    <name>YamlTextEdit</name>
    <message>
        <source>the text is not valid YAML, so it cannot be changed in place</source>
        <translation>der Text ist kein gültiges YAML und lässt sich daher nicht direkt ändern</translation>
    </message>
    <message>
        <source>%1 has no item %2</source>
        <translation>%1 hat kein Element %2</translation>
    </message>
    <message>
        <source>the value is used elsewhere through its anchor &amp;%1</source>
        <translation>der Wert wird über seinen Anker &amp;%1 auch an anderer Stelle verwendet</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for vSphere and Hyper-V VMs</source>
        <translation>Desktop-Konsole für VMs unter vSphere und Hyper-V</translation>
    </message>
    <message>
        <source>Start the bundled vCenter simulator and connect to it.</source>
        <translation>Den mitgelieferten vCenter-Simulator starten und sich damit verbinden.</translation>
    </message>
</context>
<context>
    <name>saveAtomically</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>the file is not in the settings format</source>
        <translation>die Datei ist nicht im Einstellungsformat</translation>
    </message>
    <message>
        <source>the file or its folder is not writable</source>
        <translation>die Datei oder ihr Ordner ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>cannot save the settings to %1: %2; the previous settings are kept</source>
        <translation>die Einstellungen lassen sich nicht in %1 speichern: %2; die vorherigen bleiben erhalten</translation>
    </message>
</context>
<context>
    <name>vmdeskctl</name>
    <message>
        <source>Headless vmdesk: the same services as the desktop app.</source>
        <translation>vmdesk ohne Bildschirm: dieselben Dienste wie die Desktop-Anwendung.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;vmdeskctl &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>&apos;vmdeskctl &lt;Befehl&gt; --help&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>List the virtual machines of a vCenter</source>
        <translation>Die virtuellen Maschinen eines vCenter auflisten</translation>
    </message>
    <message>
        <source>List the virtual machines of a vCenter.</source>
        <translation>Die virtuellen Maschinen eines vCenter auflisten.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>--user is required.</source>
        <translation>--user ist erforderlich.</translation>
    </message>
    <message>
        <source>--password-env is required (the name of a variable, not the password).</source>
        <translation>--password-env ist erforderlich (der Name einer Variablen, nicht das Passwort).</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set.</source>
        <translation>Die Umgebungsvariable %1 ist leer oder nicht gesetzt.</translation>
    </message>
    <message>
        <source>--thumbprint needs a SHA-256 digest (64 hex digits).</source>
        <translation>--thumbprint braucht einen SHA-256-Fingerabdruck (64 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>Export VMs to OVF/OVA (resumable)</source>
        <translation>VMs nach OVF/OVA exportieren (fortsetzbar)</translation>
    </message>
    <message>
        <source>Serve cloud-init metadata to VMs (vSPC)</source>
        <translation>cloud-init-Metadaten für VMs bereitstellen (vSPC)</translation>
    </message>
    <message>
        <source>Fetch metadata over a serial port (in a VM)</source>
        <translation>Metadaten über eine serielle Schnittstelle holen (in einer VM)</translation>
    </message>
    <message>
        <source>Power, snapshot or annotate VMs</source>
        <translation>VMs schalten, Snapshots erstellen oder Notizen setzen</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>CSV ausgeben.</translation>
    </message>
    <message>
        <source>Only VMs matching this search, e.g. &quot;web power:on guest:linux&quot;.</source>
        <translation>Nur VMs, die zu dieser Suche passen, z. B. &quot;web power:on guest:linux&quot;.</translation>
    </message>
    <message>
        <source>Only these fields in JSON/CSV, e.g. name,powerState,memoryMB.</source>
        <translation>Nur diese Felder in JSON/CSV, z. B. name,powerState,memoryMB.</translation>
    </message>
    <message>
        <source>Unknown search field &quot;%1&quot;; known: %2</source>
        <translation>Unbekanntes Suchfeld „%1“; bekannt: %2</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;; known: %2</source>
        <translation>Unbekanntes Feld „%1“; bekannt: %2</translation>
    </message>
    <message>
        <source>--url: %1</source>
        <translation>--url: %1</translation>
    </message>
    <message>
        <source>Check, render, patch or create metadata documents</source>
        <translation>Metadatendokumente prüfen, rendern, patchen oder anlegen</translation>
    </message>
    <message>
        <source>Export VMs to OVF or OVA. Run it again on the same output to resume.</source>
        <translation>VMs nach OVF oder OVA exportieren. Zum Fortsetzen erneut mit demselben Ausgabeordner ausführen.</translation>
    </message>
    <message>
        <source>A VM to export (repeatable).</source>
        <translation>Eine zu exportierende VM (wiederholbar).</translation>
    </message>
    <message>
        <source>A hypersdk batch file (YAML) of jobs.</source>
        <translation>Eine hypersdk-Stapeldatei (YAML) mit Aufträgen.</translation>
    </message>
    <message>
        <source>Folder for the exports.</source>
        <translation>Ordner für die Exporte.</translation>
    </message>
    <message>
        <source>Also write an .ova per VM.</source>
        <translation>Zusätzlich eine .ova je VM schreiben.</translation>
    </message>
    <message>
        <source>Disks downloaded at once per VM.</source>
        <translation>Gleichzeitig geladene Festplatten je VM.</translation>
    </message>
    <message>
        <source>VMs exported at once.</source>
        <translation>Gleichzeitig exportierte VMs.</translation>
    </message>
    <message>
        <source>Shut running guests down first (never a hard power-off).</source>
        <translation>Laufende Gäste zuerst herunterfahren (nie hart ausschalten).</translation>
    </message>
    <message>
        <source>Leave CD/DVD drives out of the descriptor.</source>
        <translation>CD/DVD-Laufwerke im Deskriptor weglassen.</translation>
    </message>
    <message>
        <source>Print progress as JSON lines.</source>
        <translation>Fortschritt als JSON-Zeilen ausgeben.</translation>
    </message>
    <message>
        <source>--output and one of --vm or --file are required</source>
        <translation>--output und eine der Optionen --vm oder --file sind erforderlich</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>%1 was exported already</source>
        <translation>%1 wurde bereits exportiert</translation>
    </message>
    <message>
        <source>interrupted: run the same command again to resume</source>
        <translation>unterbrochen: Führen Sie denselben Befehl erneut aus, um fortzusetzen</translation>
    </message>
    <message>
        <source>Serial port, e.g. /dev/ttyS1.</source>
        <translation>Serielle Schnittstelle, z. B. /dev/ttyS1.</translation>
    </message>
    <message>
        <source>Where to write meta-data, user-data, network-config.</source>
        <translation>Ordner für meta-data, user-data, network-config.</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer.</source>
        <translation>Wartezeit je Antwort in Sekunden.</translation>
    </message>
    <message>
        <source>Baud rate.</source>
        <translation>Baudrate.</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>wrote meta-data, user-data and network-config to %1</source>
        <translation>meta-data, user-data und network-config nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 a document has errors or cannot be read or written, 2 usage (also a --directory, --patch or --template that cannot be read).</source>
        <translation>Exit-Codes: 0 Erfolg, 1 ein Dokument hat Fehler oder lässt sich nicht lesen oder schreiben, 2 falscher Aufruf (auch ein --directory, --patch oder --template, das sich nicht lesen lässt).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Folder with one &lt;name&gt;.yaml per VM.</source>
        <translation>Ordner mit einer &lt;Name&gt;.yaml je VM.</translation>
    </message>
    <message>
        <source>--directory is required</source>
        <translation>--directory ist erforderlich</translation>
    </message>
    <message>
        <source>--directory %1: no such folder</source>
        <translation>--directory %1: Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>--vm %1: not a name the metadata server serves (no &apos;/&apos;, no leading &apos;.&apos;, no control characters)</source>
        <translation>--vm %1: kein Name, den der Metadatenserver bedient (kein &apos;/&apos;, kein &apos;.&apos; am Anfang, keine Steuerzeichen)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 Dateien</translation>
    </message>
    <message>
        <source>Check VM documents as the metadata server and cloud-init read them. Prints FILE:LINE:COLUMN: error|warning: message per finding (0 when the place is unknown); a named VM without its file is an error.</source>
        <translation>VM-Dokumente so prüfen, wie der Metadatenserver und cloud-init sie lesen. Gibt je Befund FILE:LINE:COLUMN: error|warning: message aus (0, wenn die Stelle unbekannt ist); eine genannte VM ohne ihre Datei ist ein Fehler.</translation>
    </message>
    <message>
        <source>Check only this VM&apos;s document (repeatable; default: every *.yaml).</source>
        <translation>Nur das Dokument dieser VM prüfen (wiederholbar; Standard: jede *.yaml).</translation>
    </message>
    <message>
        <source>%1, %2 with errors, %3</source>
        <translation>%1, %2 mit Fehlern, %3</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>Write a VM&apos;s meta-data, user-data and network-config exactly as the metadata server sends them, as a NoCloud seed folder. A document with errors is not rendered.</source>
        <translation>meta-data, user-data und network-config einer VM genau so, wie der Metadatenserver sie sendet, als NoCloud-Seed-Ordner schreiben. Ein Dokument mit Fehlern wird nicht gerendert.</translation>
    </message>
    <message>
        <source>The VM whose &lt;name&gt;.yaml to render.</source>
        <translation>Die VM, deren &lt;Name&gt;.yaml gerendert wird.</translation>
    </message>
    <message>
        <source>The VM&apos;s display name, for the instance-id and host name a document leaves out, when the files are named by UUID (default: --vm).</source>
        <translation>Der Anzeigename der VM für die instance-id und den Hostnamen, die ein Dokument weglässt, wenn die Dateien nach UUID benannt sind (Standard: --vm).</translation>
    </message>
    <message>
        <source>Folder to write the three files to (created if needed).</source>
        <translation>Ordner, in den die drei Dateien geschrieben werden (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <source>network-config version 1 or 2 (default: as the document asks, as the server does).</source>
        <translation>Version 1 oder 2 der network-config (Standard: wie vom Dokument verlangt, genau wie der Server).</translation>
    </message>
    <message>
        <source>render needs one --vm, --seed-dir, and --network-version 1 or 2 if any</source>
        <translation>render braucht genau ein --vm, dazu --seed-dir und, falls angegeben, --network-version 1 oder 2</translation>
    </message>
    <message>
        <source>%1: not rendered: the document has errors</source>
        <translation>%1: nicht gerendert: Das Dokument hat Fehler</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>der Ordner %1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>Merge a partial document into VM documents: maps merge, lists and scalars replace, null removes a key; comments, key order and unknown keys stay. Prints a unified diff per changed file (patch -p1 applies it). A result with errors is not written: its findings are printed (lines as after the patch) and the exit code is 1; the other VMs are still written.</source>
        <translation>Ein Teildokument mit VM-Dokumenten zusammenführen: Zuordnungen werden zusammengeführt, Listen und Skalare ersetzt, null entfernt einen Schlüssel; Kommentare, Reihenfolge der Schlüssel und unbekannte Schlüssel bleiben erhalten. Gibt je geänderter Datei einen Unified Diff aus (patch -p1 wendet ihn an). Ein Ergebnis mit Fehlern wird nicht geschrieben: Seine Befunde werden ausgegeben (Zeilen wie nach dem Patch), und der Exit-Code ist 1; die übrigen VMs werden trotzdem geschrieben.</translation>
    </message>
    <message>
        <source>The partial document (YAML) to merge.</source>
        <translation>Das zusammenzuführende Teildokument (YAML).</translation>
    </message>
    <message>
        <source>A VM to change (repeatable).</source>
        <translation>Eine zu ändernde VM (wiederholbar).</translation>
    </message>
    <message>
        <source>Change every *.yaml in the folder.</source>
        <translation>Jede *.yaml im Ordner ändern.</translation>
    </message>
    <message>
        <source>Print the diffs, write nothing.</source>
        <translation>Die Diffs ausgeben, nichts schreiben.</translation>
    </message>
    <message>
        <source>apply needs --patch, and either --vm or --all</source>
        <translation>apply braucht --patch und entweder --vm oder --all</translation>
    </message>
    <message>
        <source>cannot apply the patch: %1</source>
        <translation>der Patch lässt sich nicht anwenden: %1</translation>
    </message>
    <message>
        <source>%1: not changed: the patched document would have errors (lines as after the patch)</source>
        <translation>%1: nicht geändert: Das gepatchte Dokument hätte Fehler (Zeilen wie nach dem Patch)</translation>
    </message>
    <message>
        <source>%1 of %2 would change, %3 refused (dry run: nothing written)</source>
        <translation>%1 von %2 zu ändern, %3 abgelehnt (Probelauf: nichts geschrieben)</translation>
    </message>
    <message>
        <source>%1 of %2 changed, %3 refused</source>
        <translation>%1 von %2 geändert, %3 abgelehnt</translation>
    </message>
    <message>
        <source>Create &lt;name&gt;.yaml for a VM from a template document (or a commented starter), with a fresh instance-id (&lt;host name&gt;-&lt;8 hex digits&gt;) and a host name made from the VM name. An existing file is never replaced (exit 1), nor is a document with errors written.</source>
        <translation>&lt;Name&gt;.yaml für eine VM aus einem Vorlagedokument (oder einem kommentierten Startdokument) anlegen, mit neuer instance-id (&lt;Hostname&gt;-&lt;8 Hexziffern&gt;) und einem aus dem VM-Namen gebildeten Hostnamen. Eine vorhandene Datei wird nie ersetzt (Exit 1), und ein Dokument mit Fehlern wird nicht geschrieben.</translation>
    </message>
    <message>
        <source>The new VM&apos;s name (the file&apos;s name).</source>
        <translation>Der Name der neuen VM (der Name der Datei).</translation>
    </message>
    <message>
        <source>A document to start from.</source>
        <translation>Ein Dokument als Ausgangspunkt.</translation>
    </message>
    <message>
        <source>new needs one --vm</source>
        <translation>new braucht genau ein --vm</translation>
    </message>
    <message>
        <source>%1 already exists: edit it, or change it with &apos;vmdeskctl metadata apply&apos;</source>
        <translation>%1 existiert bereits: Bearbeiten Sie die Datei oder ändern Sie sie mit &apos;vmdeskctl metadata apply&apos;</translation>
    </message>
    <message>
        <source>%1: not created: the document would have errors</source>
        <translation>%1: nicht angelegt: Das Dokument hätte Fehler</translation>
    </message>
    <message>
        <source>created %1 (instance-id %2, host name %3)</source>
        <translation>%1 angelegt (instance-id %2, Hostname %3)</translation>
    </message>
    <message>
        <source>Unknown metadata command: %1</source>
        <translation>Unbekannter metadata-Befehl: %1</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Check, render, patch and create the VM documents of a metadata folder.</source>
        <translation>Die VM-Dokumente eines Metadatenordners prüfen, rendern, patchen und anlegen.</translation>
    </message>
    <message>
        <source>Run &apos;vmdeskctl metadata &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>&apos;vmdeskctl metadata &lt;Befehl&gt; --help&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Serve cloud-init metadata to VMs over their virtual serial ports (vSPC).</source>
        <translation>cloud-init-Metadaten über die virtuellen seriellen Schnittstellen der VMs bereitstellen (vSPC).</translation>
    </message>
    <message>
        <source>Address and port to listen on.</source>
        <translation>Adresse und Port, auf denen gelauscht wird.</translation>
    </message>
    <message>
        <source>A serial port URI to accept (repeatable).</source>
        <translation>Eine Port-URI einer seriellen Schnittstelle, die angenommen wird (wiederholbar).</translation>
    </message>
    <message>
        <source>What names the files: name, vc-uuid or bios-uuid.</source>
        <translation>Wonach die Dateien benannt sind: name, vc-uuid oder bios-uuid.</translation>
    </message>
    <message>
        <source>Response line ending: lf, or lfcr like the seed tool.</source>
        <translation>Zeilenende der Antworten: lf, oder lfcr wie das Seed-Werkzeug.</translation>
    </message>
    <message>
        <source>Write the connected guests as JSON here, every second.</source>
        <translation>Die verbundenen Gäste jede Sekunde als JSON hierhin schreiben.</translation>
    </message>
    <message>
        <source>Send nothing (instead of !!ERROR#) when a VM has no data.</source>
        <translation>Nichts senden (statt !!ERROR#), wenn für eine VM keine Daten vorliegen.</translation>
    </message>
    <message>
        <source>Answer vMotion requests with NOTNOW.</source>
        <translation>vMotion-Anfragen mit NOTNOW beantworten.</translation>
    </message>
    <message>
        <source>Connection limit.</source>
        <translation>Höchstzahl der Verbindungen.</translation>
    </message>
    <message>
        <source>Seconds a connection has to identify its VM.</source>
        <translation>Sekunden, die eine Verbindung hat, um ihre VM zu identifizieren.</translation>
    </message>
    <message>
        <source>Log entries kept per guest for the status output.</source>
        <translation>Protokolleinträge, die je Gast für die Statusausgabe aufbewahrt werden.</translation>
    </message>
    <message>
        <source>Close connections idle this long (0: never).</source>
        <translation>Verbindungen nach so langer Untätigkeit schließen (0: nie).</translation>
    </message>
    <message>
        <source>Accept connections only from these networks, e.g. 10.0.0.0/8 (repeatable or comma separated; default: any). List the ESXi hosts&apos; networks.</source>
        <translation>Verbindungen nur aus diesen Netzen annehmen, z. B. 10.0.0.0/8 (wiederholbar oder durch Kommas getrennt; Standard: alle). Geben Sie die Netze der ESXi-Hosts an.</translation>
    </message>
    <message>
        <source>--listen needs HOST:PORT, e.g. 0.0.0.0:13370</source>
        <translation>--listen braucht HOST:PORT, z. B. 0.0.0.0:13370</translation>
    </message>
    <message>
        <source>--allow: %1</source>
        <translation>--allow: %1</translation>
    </message>
    <message>
        <source>--uri is required: the serial port URI your VMs use</source>
        <translation>--uri ist erforderlich: die Port-URI der seriellen Schnittstelle, die Ihre VMs verwenden</translation>
    </message>
    <message>
        <source>--key must be name, vc-uuid or bios-uuid</source>
        <translation>--key muss name, vc-uuid oder bios-uuid sein</translation>
    </message>
    <message>
        <source>--line-ending must be lf or lfcr</source>
        <translation>--line-ending muss lf oder lfcr sein</translation>
    </message>
    <message>
        <source>--max-connections and --handshake-timeout must be positive, --idle-timeout not negative</source>
        <translation>--max-connections und --handshake-timeout müssen positiv sein, --idle-timeout darf nicht negativ sein</translation>
    </message>
    <message>
        <source>Act on VMs: power, snapshots, notes.</source>
        <translation>Aktionen für VMs: Ein- und Ausschalten, Snapshots, Notizen.</translation>
    </message>
    <message>
        <source>The VM (repeatable for power).</source>
        <translation>Die VM (bei power wiederholbar).</translation>
    </message>
    <message>
        <source>Snapshot name.</source>
        <translation>Name des Snapshots.</translation>
    </message>
    <message>
        <source>Snapshot description.</source>
        <translation>Beschreibung des Snapshots.</translation>
    </message>
    <message>
        <source>Include the VM&apos;s memory in the snapshot.</source>
        <translation>Den Arbeitsspeicher der VM in den Snapshot aufnehmen.</translation>
    </message>
    <message>
        <source>The VM&apos;s notes (annotation).</source>
        <translation>Die Notizen der VM (Annotation).</translation>
    </message>
    <message>
        <source>Print JSON (snapshot list).</source>
        <translation>JSON ausgeben (bei snapshot list).</translation>
    </message>
    <message>
        <source>power &lt;what&gt;, snapshot &lt;what&gt; or annotate</source>
        <translation>power &lt;Aktion&gt;, snapshot &lt;Aktion&gt; oder annotate</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>there is no VM named &quot;%1&quot;</source>
        <translation>es gibt keine VM namens „%1“</translation>
    </message>
    <message>
        <source>there is no snapshot named &quot;%1&quot;</source>
        <translation>es gibt keinen Snapshot namens „%1“</translation>
    </message>
    <message>
        <source>Deploy VMs from OVA/OVF or clones, with cloud-init data</source>
        <translation>VMs aus OVA/OVF oder als Klone bereitstellen, mit cloud-init-Daten</translation>
    </message>
    <message>
        <source>%1: cannot make %2 from it: %3</source>
        <translation>%1: %2 lässt sich daraus nicht erstellen: %3</translation>
    </message>
    <message>
        <source>the document would have errors</source>
        <translation>das Dokument hätte Fehler</translation>
    </message>
    <message>
        <source>Deploy a VM from an OVA or OVF package (disks uploaded to vCenter) or clone one (or several with repeated --name). With --metadata-dir the VM gets &lt;DIR&gt;/&lt;NAME&gt;.yaml as guestinfo keys or a seed ISO; --template makes a missing &lt;NAME&gt;.yaml from a template. Progress goes to stderr; the address found with --wait-ip goes to stdout (with several VMs: a name and address per line). An interrupted deploy removes the half-made VM.</source>
        <translation>Eine VM aus einem OVA- oder OVF-Paket bereitstellen (die Festplatten werden ins vCenter hochgeladen) oder eine VM klonen (oder mehrere mit wiederholtem --name). Mit --metadata-dir erhält die VM &lt;DIR&gt;/&lt;NAME&gt;.yaml als guestinfo-Schlüssel oder als Seed-ISO; --template erstellt eine fehlende &lt;NAME&gt;.yaml aus einer Vorlage. Der Fortschritt geht nach stderr, die mit --wait-ip gefundene Adresse nach stdout (bei mehreren VMs: je Zeile ein Name und eine Adresse). Eine unterbrochene Bereitstellung entfernt die halb erstellte VM.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed, 2 usage, 3 login refused, 4 vCenter cannot be reached, 5 no address within --wait-ip, 130 interrupted.</source>
        <translation>Exit-Codes: 0 erledigt, 1 fehlgeschlagen, 2 falscher Aufruf, 3 Anmeldung abgelehnt, 4 vCenter nicht erreichbar, 5 keine Adresse innerhalb von --wait-ip, 130 unterbrochen.</translation>
    </message>
    <message>
        <source>Deploy this OVA file.</source>
        <translation>Diese OVA-Datei bereitstellen.</translation>
    </message>
    <message>
        <source>Deploy this OVF descriptor (its files beside it).</source>
        <translation>Diesen OVF-Deskriptor bereitstellen (seine Dateien liegen daneben).</translation>
    </message>
    <message>
        <source>Clone this VM or template.</source>
        <translation>Diese VM oder Vorlage klonen.</translation>
    </message>
    <message>
        <source>The new VM&apos;s name (repeatable with --clone).</source>
        <translation>Der Name der neuen VM (mit --clone wiederholbar).</translation>
    </message>
    <message>
        <source>Run it on this host.</source>
        <translation>Auf diesem Host ausführen.</translation>
    </message>
    <message>
        <source>Run it in this cluster.</source>
        <translation>In diesem Cluster ausführen.</translation>
    </message>
    <message>
        <source>Resource pool (name or path below the cluster or host).</source>
        <translation>Ressourcenpool (Name oder Pfad unterhalb des Clusters oder Hosts).</translation>
    </message>
    <message>
        <source>Datacenter (default: the first).</source>
        <translation>Rechenzentrum (Standard: das erste).</translation>
    </message>
    <message>
        <source>Datastore (default: the one with the most free space).</source>
        <translation>Datenspeicher (Standard: der mit dem meisten freien Speicherplatz).</translation>
    </message>
    <message>
        <source>VM folder path below the datacenter&apos;s VM folder.</source>
        <translation>Pfad des VM-Ordners unterhalb des VM-Ordners des Rechenzentrums.</translation>
    </message>
    <message>
        <source>Map the package&apos;s network SRC to vCenter&apos;s network DST (repeatable).</source>
        <translation>Das Netzwerk SRC des Pakets dem vCenter-Netzwerk DST zuordnen (wiederholbar).</translation>
    </message>
    <message>
        <source>Folder with the new VM&apos;s cloud-init document &lt;NAME&gt;.yaml.</source>
        <translation>Ordner mit dem cloud-init-Dokument &lt;NAME&gt;.yaml der neuen VM.</translation>
    </message>
    <message>
        <source>Deliver the document as guestinfo keys or a seed ISO.</source>
        <translation>Das Dokument als guestinfo-Schlüssel oder als Seed-ISO übergeben.</translation>
    </message>
    <message>
        <source>Make a missing &lt;NAME&gt;.yaml from this document.</source>
        <translation>Eine fehlende &lt;NAME&gt;.yaml aus diesem Dokument erstellen.</translation>
    </message>
    <message>
        <source>Network configuration version for guestinfo (default 2).</source>
        <translation>Version der Netzwerkkonfiguration für guestinfo (Standard 2).</translation>
    </message>
    <message>
        <source>Power the VM on.</source>
        <translation>Die VM einschalten.</translation>
    </message>
    <message>
        <source>Wait this long for the guest&apos;s address (needs --power-on).</source>
        <translation>So lange auf die Adresse des Gasts warten (erfordert --power-on).</translation>
    </message>
    <message>
        <source>Print one JSON object per VM on stdout, no progress.</source>
        <translation>Ein JSON-Objekt je VM auf stdout ausgeben, kein Fortschritt.</translation>
    </message>
    <message>
        <source>give one of --ova, --ovf or --clone</source>
        <translation>geben Sie eine der Optionen --ova, --ovf oder --clone an</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>--name ist erforderlich</translation>
    </message>
    <message>
        <source>several --name are for clones only</source>
        <translation>mehrere --name nur beim Klonen</translation>
    </message>
    <message>
        <source>each --name once</source>
        <translation>jeden --name nur einmal</translation>
    </message>
    <message>
        <source>give --host or --cluster, not both</source>
        <translation>geben Sie --host oder --cluster an, nicht beide</translation>
    </message>
    <message>
        <source>--via, --template and --network-version need --metadata-dir</source>
        <translation>--via, --template und --network-version erfordern --metadata-dir</translation>
    </message>
    <message>
        <source>--via is guestinfo or iso</source>
        <translation>--via muss guestinfo oder iso sein</translation>
    </message>
    <message>
        <source>--network-version must be 1 or 2</source>
        <translation>--network-version muss 1 oder 2 sein</translation>
    </message>
    <message>
        <source>--wait-ip needs a number of seconds above 0</source>
        <translation>--wait-ip braucht eine Sekundenzahl größer als 0</translation>
    </message>
    <message>
        <source>--wait-ip needs --power-on: a VM that is off has no address</source>
        <translation>--wait-ip erfordert --power-on: Eine ausgeschaltete VM hat keine Adresse</translation>
    </message>
    <message>
        <source>--network %1: give SRC=DST</source>
        <translation>--network %1: Geben Sie SRC=DST an</translation>
    </message>
    <message>
        <source>--metadata-dir %1: no such folder</source>
        <translation>--metadata-dir %1: Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>--name %1: not a name a document can have</source>
        <translation>--name %1: kein gültiger Name für ein Dokument</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>interrupted: stopping the deploy</source>
        <translation>unterbrochen: Die Bereitstellung wird gestoppt</translation>
    </message>
    <message>
        <source>removed the half-made VM %1</source>
        <translation>die halb erstellte VM %1 wurde entfernt</translation>
    </message>
    <message>
        <source>the half-made VM %1 is still there: remove it in vCenter</source>
        <translation>die halb erstellte VM %1 ist noch vorhanden: Entfernen Sie sie im vCenter</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure (a document with errors, a VM that is not there, a refused change), 2 usage, 3 login refused, 4 vCenter cannot be reached.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 Fehler (ein Dokument mit Fehlern, eine nicht vorhandene VM, eine abgelehnte Änderung), 2 falscher Aufruf, 3 Anmeldung abgelehnt, 4 vCenter nicht erreichbar.</translation>
    </message>
    <message>
        <source>The VM (its name in vCenter and its document&apos;s name).</source>
        <translation>Die VM (ihr Name im vCenter und der Name ihres Dokuments).</translation>
    </message>
    <message>
        <source>Network configuration version 1 or 2.</source>
        <translation>Version 1 oder 2 der Netzwerkkonfiguration.</translation>
    </message>
    <message>
        <source>one --vm is required</source>
        <translation>genau ein --vm ist erforderlich</translation>
    </message>
    <message>
        <source>--vm %1: not a name a document can have (no &apos;/&apos;, no leading &apos;.&apos;, no control characters)</source>
        <translation>--vm %1: kein gültiger Name für ein Dokument (kein &apos;/&apos;, kein &apos;.&apos; am Anfang, keine Steuerzeichen)</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Render &lt;DIR&gt;/&lt;NAME&gt;.yaml for cloud-init&apos;s VMware datasource and set the VM&apos;s guestinfo.metadata and guestinfo.userdata (gzip+base64) through a reconfigure; the keys are read back and compared. Data over guestinfo&apos;s size limits is refused before anything is sent. --clear removes the keys instead.</source>
        <translation>&lt;DIR&gt;/&lt;NAME&gt;.yaml für die VMware-Datenquelle von cloud-init rendern und guestinfo.metadata und guestinfo.userdata (gzip+base64) der VM per Neukonfiguration setzen; die Schlüssel werden zurückgelesen und verglichen. Daten über den Größengrenzen von guestinfo werden abgelehnt, bevor etwas gesendet wird. --clear entfernt stattdessen die Schlüssel.</translation>
    </message>
    <message>
        <source>Remove the VM&apos;s cloud-init guestinfo keys.</source>
        <translation>Die cloud-init-guestinfo-Schlüssel der VM entfernen.</translation>
    </message>
    <message>
        <source>still set after the clear: %1</source>
        <translation>nach dem Leeren noch gesetzt: %1</translation>
    </message>
    <message>
        <source>cleared the guestinfo keys of %1</source>
        <translation>guestinfo-Schlüssel von %1 geleert</translation>
    </message>
    <message>
        <source>read back: no cloud-init keys left</source>
        <translation>zurückgelesen: keine cloud-init-Schlüssel mehr vorhanden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>read back: identical</source>
        <translation>zurückgelesen: identisch</translation>
    </message>
    <message>
        <source>Read the VM&apos;s guestinfo.metadata, guestinfo.userdata and guestinfo.vendordata (any encoding cloud-init reads) and write them as &lt;DIR&gt;/&lt;NAME&gt;.yaml. An existing file is kept unless --force. What the document cannot hold is printed as a note.</source>
        <translation>guestinfo.metadata, guestinfo.userdata und guestinfo.vendordata der VM lesen (in jeder Kodierung, die cloud-init liest) und als &lt;DIR&gt;/&lt;NAME&gt;.yaml schreiben. Eine vorhandene Datei bleibt ohne --force erhalten. Was das Dokument nicht aufnehmen kann, wird als Hinweis ausgegeben.</translation>
    </message>
    <message>
        <source>Replace an existing &lt;NAME&gt;.yaml.</source>
        <translation>Eine vorhandene &lt;NAME&gt;.yaml ersetzen.</translation>
    </message>
    <message>
        <source>%1 already exists: give --force to replace it</source>
        <translation>%1 existiert bereits: Geben Sie --force an, um die Datei zu ersetzen</translation>
    </message>
    <message>
        <source>%1 has no guestinfo.metadata or guestinfo.userdata</source>
        <translation>%1 hat weder guestinfo.metadata noch guestinfo.userdata</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>%1: nothing written</source>
        <translation>%1: nichts geschrieben</translation>
    </message>
    <message>
        <source>wrote %1 from the guestinfo keys of %2</source>
        <translation>%1 aus den guestinfo-Schlüsseln von %2 geschrieben</translation>
    </message>
    <message>
        <source>Write a VM&apos;s NoCloud seed image (volume id CIDATA: meta-data, user-data, network-config) from &lt;DIR&gt;/&lt;NAME&gt;.yaml. The network configuration has the version the document asks for unless --network-version is given. A document with errors is not written.</source>
        <translation>Das NoCloud-Seed-Image einer VM (Volume-ID CIDATA: meta-data, user-data, network-config) aus &lt;DIR&gt;/&lt;NAME&gt;.yaml schreiben. Die Netzwerkkonfiguration hat die vom Dokument verlangte Version, sofern --network-version nicht angegeben ist. Ein Dokument mit Fehlern wird nicht geschrieben.</translation>
    </message>
    <message>
        <source>The image to write (replaced whole or not at all).</source>
        <translation>Das zu schreibende Image (wird ganz oder gar nicht ersetzt).</translation>
    </message>
    <message>
        <source>--output is required</source>
        <translation>--output ist erforderlich</translation>
    </message>
    <message>
        <source>%1 changed while it was read</source>
        <translation>%1 hat sich beim Lesen geändert</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 lässt sich nicht schreiben</translation>
    </message>
    <message>
        <source>wrote %1 (%2)</source>
        <translation>%1 geschrieben (%2)</translation>
    </message>
    <message>
        <source>Build the VM&apos;s NoCloud seed image from &lt;DIR&gt;/&lt;NAME&gt;.yaml, upload it beside the VM as &lt;NAME&gt;-cidata.iso and put it in the VM&apos;s CD-ROM (one is added when the VM has none).</source>
        <translation>Das NoCloud-Seed-Image der VM aus &lt;DIR&gt;/&lt;NAME&gt;.yaml erstellen, als &lt;NAME&gt;-cidata.iso neben die VM hochladen und in das CD-ROM-Laufwerk der VM einlegen (hat die VM keines, wird eines hinzugefügt).</translation>
    </message>
    <message>
        <source>Datastore for the image (default: the VM&apos;s own).</source>
        <translation>Datenspeicher für das Image (Standard: der der VM).</translation>
    </message>
    <message>
        <source>uploaded %1 (%2)</source>
        <translation>%1 hochgeladen (%2)</translation>
    </message>
    <message>
        <source>CD-ROM %1 of %2 holds it (%3)</source>
        <translation>CD-ROM-Laufwerk %1 von %2 enthält es (%3)</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>Empty the CD-ROM that holds the VM&apos;s seed image (&lt;NAME&gt;-cidata.iso) and delete the image.</source>
        <translation>Das CD-ROM-Laufwerk leeren, das das Seed-Image der VM (&lt;NAME&gt;-cidata.iso) enthält, und das Image löschen.</translation>
    </message>
    <message>
        <source>%1 has no seed ISO in a CD-ROM: nothing to do</source>
        <translation>%1 hat kein Seed-ISO in einem CD-ROM-Laufwerk: nichts zu tun</translation>
    </message>
    <message>
        <source>emptied the CD-ROM of %1 and deleted %2</source>
        <translation>CD-ROM-Laufwerk von %1 geleert und %2 gelöscht</translation>
    </message>
    <message>
        <source>Read or write Hyper-V KVP pool files (in a guest)</source>
        <translation>Hyper-V-KVP-Pool-Dateien lesen oder schreiben (in einem Gast)</translation>
    </message>
    <message>
        <source>Folder of the pool files (default %1).</source>
        <translation>Ordner der Pool-Dateien (Standard: %1).</translation>
    </message>
    <message>
        <source>--pool takes 0 to %1, not %2</source>
        <translation>--pool erwartet 0 bis %1, nicht %2</translation>
    </message>
    <message>
        <source>Print the items of a Hyper-V KVP pool file: &quot;Key: K, Value: V&quot; per record, as hvkvp does. Pools: 0 host to guest (default), 1 guest to host, 2 guest intrinsic, 3 host facts, 4 internal. Each field ends at its first NUL; the bytes after it are the daemon&apos;s leftovers. The file is read under the daemon&apos;s fcntl lock.
--key prints the value only, without a newline, and exits 1 when the key is absent (hvkvp exits 0). Keys match exactly, as the daemon matches them (hvkvp ignores case).
--export prints export KEY=&apos;VALUE&apos; lines safe for eval; a key that is no shell name is skipped with a warning.
Exit codes: 0 done, 1 key absent, 2 usage, 3 the pool cannot be read.</source>
        <translation>Die Einträge einer Hyper-V-KVP-Pool-Datei ausgeben: &quot;Key: K, Value: V&quot; je Eintrag, wie hvkvp. Pools: 0 Host an Gast (Standard), 1 Gast an Host, 2 Gasteigenschaften (intrinsic), 3 Host-Fakten, 4 intern. Jedes Feld endet an seinem ersten NUL; die Bytes danach sind Reste des Daemons. Die Datei wird unter der fcntl-Sperre des Daemons gelesen.
--key gibt nur den Wert aus, ohne Zeilenumbruch, und endet mit 1, wenn der Schlüssel fehlt (hvkvp endet mit 0). Schlüssel müssen genau übereinstimmen, wie beim Daemon (hvkvp ignoriert Groß-/Kleinschreibung).
--export gibt für eval sichere Zeilen export KEY=&apos;VALUE&apos; aus; ein Schlüssel, der kein Shell-Name ist, wird mit einer Warnung übersprungen.
Exit-Codes: 0 erledigt, 1 Schlüssel fehlt, 2 falscher Aufruf, 3 Pool lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>Pool number, 0 to 4.</source>
        <translation>Pool-Nummer, 0 bis 4.</translation>
    </message>
    <message>
        <source>Print only this key&apos;s value.</source>
        <translation>Nur den Wert dieses Schlüssels ausgeben.</translation>
    </message>
    <message>
        <source>Print shell export lines.</source>
        <translation>export-Zeilen für die Shell ausgeben.</translation>
    </message>
    <message>
        <source>Print the records as JSON.</source>
        <translation>Die Einträge als JSON ausgeben.</translation>
    </message>
    <message>
        <source>give at most one of --key, --export and --json, and no other arguments</source>
        <translation>geben Sie höchstens eine der Optionen --key, --export und --json an und keine weiteren Argumente</translation>
    </message>
    <message>
        <source>warning: %1 ends in a partial record of %2 bytes, which was not read</source>
        <translation>Warnung: %1 endet mit einem unvollständigen Eintrag von %2 Bytes, der nicht gelesen wurde</translation>
    </message>
    <message>
        <source>warning: skipped the key %1: not a shell variable name</source>
        <translation>Warnung: Schlüssel %1 übersprungen: kein gültiger Name einer Shell-Variablen</translation>
    </message>
    <message>
        <source>Delete an item from a KVP pool under the daemon&apos;s fcntl lock; later items move up, as the daemon deletes.</source>
        <translation>Einen Eintrag aus einem KVP-Pool unter der fcntl-Sperre des Daemons löschen; spätere Einträge rücken auf, wie beim Löschen durch den Daemon.</translation>
    </message>
    <message>
        <source>Set an item in a KVP pool under the daemon&apos;s fcntl lock: its value replaced in place, or the item appended. Pool 1 is the one a guest writes (the host reads it as GuestExchangeItems); other pools need --any-pool. Keys of at most 254 and values of at most 1022 UTF-8 bytes, what the host reads back whole, unless --no-host-limits.</source>
        <translation>Einen Eintrag in einem KVP-Pool unter der fcntl-Sperre des Daemons setzen: Sein Wert wird an Ort und Stelle ersetzt oder der Eintrag angehängt. Pool 1 ist der, den ein Gast schreibt (der Host liest ihn als GuestExchangeItems); andere Pools erfordern --any-pool. Schlüssel mit höchstens 254 und Werte mit höchstens 1022 UTF-8-Bytes, so viel liest der Host vollständig zurück, außer mit --no-host-limits.</translation>
    </message>
    <message>
        <source>Pool number (default 1).</source>
        <translation>Pool-Nummer (Standard: 1).</translation>
    </message>
    <message>
        <source>Allow writing a pool other than 1.</source>
        <translation>Das Schreiben eines anderen Pools als 1 erlauben.</translation>
    </message>
    <message>
        <source>Allow up to 511-byte keys and 2047-byte values (the host truncates them).</source>
        <translation>Schlüssel bis 511 Bytes und Werte bis 2047 Bytes erlauben (der Host kürzt sie).</translation>
    </message>
    <message>
        <source>The item&apos;s key.</source>
        <translation>Der Schlüssel des Eintrags.</translation>
    </message>
    <message>
        <source>The item&apos;s value.</source>
        <translation>Der Wert des Eintrags.</translation>
    </message>
    <message>
        <source>give the KEY to delete</source>
        <translation>geben Sie den zu löschenden KEY an</translation>
    </message>
    <message>
        <source>give the KEY and the VALUE</source>
        <translation>geben Sie KEY und VALUE an</translation>
    </message>
    <message>
        <source>pool %1 belongs to the host: the daemon rewrites it when the host changes an item. Use --any-pool to write it anyway.</source>
        <translation>Pool %1 gehört dem Host: Der Daemon schreibt ihn neu, wenn der Host einen Eintrag ändert. Mit --any-pool wird er trotzdem geschrieben.</translation>
    </message>
    <message>
        <source>%1 has no key %2</source>
        <translation>%1 hat keinen Schlüssel %2</translation>
    </message>
    <message>
        <source>no whole cloud-init seed in %1 after %2 s: %3</source>
        <translation>kein vollständiger cloud-init-Seed in %1 nach %2 s: %3</translation>
    </message>
    <message>
        <source>nothing from vmdesk there</source>
        <translation>dort nichts von vmdesk</translation>
    </message>
    <message>
        <source>Fetch this VM&apos;s cloud-init data over a serial port, or from Hyper-V KVP pool 0 (--kvp), into a NoCloud seed folder.</source>
        <translation>Die cloud-init-Daten dieser VM über eine serielle Schnittstelle oder aus Hyper-V-KVP-Pool 0 (--kvp) in einen NoCloud-Seed-Ordner holen.</translation>
    </message>
    <message>
        <source>Read the seed from the KVP pool 0 items vmdesk pushed (vmdesk.&lt;part&gt;.*), waiting up to --timeout seconds until every part is whole and matches its SHA-256.</source>
        <translation>Den Seed aus den Einträgen lesen, die vmdesk in KVP-Pool 0 abgelegt hat (vmdesk.&lt;part&gt;.*), und bis zu --timeout Sekunden warten, bis jeder Teil vollständig ist und zu seinem SHA-256 passt.</translation>
    </message>
    <message>
        <source>With --kvp: the pool files&apos; folder.</source>
        <translation>Mit --kvp: der Ordner der Pool-Dateien.</translation>
    </message>
    <message>
        <source>give --port or --kvp, not both</source>
        <translation>geben Sie --port oder --kvp an, nicht beides</translation>
    </message>
    <message>
        <source>--port or --kvp is required</source>
        <translation>--port oder --kvp ist erforderlich</translation>
    </message>
    <message>
        <source>A Hyper-V host&apos;s VMs and KVP items over WS-Management (WinRM, https://HOST:5986/wsman by default).
get reads the host items (pool 0 in the guest), the guest&apos;s items (pool 1) and its intrinsic items (pool 2). push adds or modifies host items (ModifyKvpItems for keys the VM has, AddKvpItems for the others); remove deletes host items. push-seed sends &lt;DIR&gt;/&lt;NAME&gt;.yaml&apos;s cloud-init seed as vmdesk.&lt;part&gt;.* items, which vmdeskctl guest-fetch --kvp reads in the guest.
The password is read from the variable named by --password-env. --auth windows lets Qt negotiate Kerberos or NTLM (HTTPS only); basic needs WinRM&apos;s Auth/Basic and a local account.
Exit codes: 0 done, 1 failed (or --key absent), 2 usage, 3 login refused, 4 connection or certificate.

</source>
        <translation>VMs und KVP-Einträge eines Hyper-V-Hosts über WS-Management (WinRM, standardmäßig https://HOST:5986/wsman).
get liest die Host-Einträge (Pool 0 im Gast), die Einträge des Gasts (Pool 1) und seine intrinsischen Einträge (Pool 2). push fügt Host-Einträge hinzu oder ändert sie (ModifyKvpItems für Schlüssel, die die VM hat, AddKvpItems für die übrigen); remove löscht Host-Einträge. push-seed sendet den cloud-init-Seed aus &lt;DIR&gt;/&lt;NAME&gt;.yaml als Einträge vmdesk.&lt;part&gt;.*, die vmdeskctl guest-fetch --kvp im Gast liest.
Das Passwort wird aus der Variablen gelesen, die --password-env nennt. --auth windows lässt Qt Kerberos oder NTLM aushandeln (nur HTTPS); basic braucht Auth/Basic in WinRM und ein lokales Konto.
Exit-Codes: 0 erledigt, 1 fehlgeschlagen (oder der mit --key genannte Schlüssel fehlt), 2 falscher Aufruf, 3 Anmeldung abgelehnt, 4 Verbindung oder Zertifikat.

</translation>
    </message>
    <message>
        <source>WinRM address (host, host:port or URL).</source>
        <translation>WinRM-Adresse (host, host:port oder URL).</translation>
    </message>
    <message>
        <source>User name (DOMAIN\user or a local user).</source>
        <translation>Benutzername (DOMÄNE\Benutzer oder ein lokaler Benutzer).</translation>
    </message>
    <message>
        <source>Name of the environment variable holding the password.</source>
        <translation>Name der Umgebungsvariablen, die das Passwort enthält.</translation>
    </message>
    <message>
        <source>basic (default) or windows.</source>
        <translation>basic (Standard) oder windows.</translation>
    </message>
    <message>
        <source>Trust a server certificate with this SHA-256 thumbprint (hex).</source>
        <translation>Einem Serverzertifikat mit diesem SHA-256-Fingerabdruck (hex) vertrauen.</translation>
    </message>
    <message>
        <source>The VM&apos;s name or GUID.</source>
        <translation>Name oder GUID der VM.</translation>
    </message>
    <message>
        <source>Which items: host, guest, intrinsic or all (default).</source>
        <translation>Welche Einträge: host, guest, intrinsic oder all (Standard).</translation>
    </message>
    <message>
        <source>Print only this key&apos;s value, without a newline.</source>
        <translation>Nur den Wert dieses Schlüssels ausgeben, ohne Zeilenumbruch.</translation>
    </message>
    <message>
        <source>The document&apos;s name, if not the VM&apos;s.</source>
        <translation>Name des Dokuments, falls er vom Namen der VM abweicht.</translation>
    </message>
    <message>
        <source>Network configuration version 1 or 2 (default: the document&apos;s).</source>
        <translation>Version 1 oder 2 der Netzwerkkonfiguration (Standard: die des Dokuments).</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;</source>
        <translation>unbekannter Unterbefehl „%1“</translation>
    </message>
    <message>
        <source>--auth takes basic or windows</source>
        <translation>--auth nimmt basic oder windows</translation>
    </message>
    <message>
        <source>--vm is required</source>
        <translation>--vm ist erforderlich</translation>
    </message>
    <message>
        <source>--source takes host, guest, intrinsic or all</source>
        <translation>--source nimmt host, guest, intrinsic oder all</translation>
    </message>
    <message>
        <source>wrong arguments for %1</source>
        <translation>falsche Argumente für %1</translation>
    </message>
    <message>
        <source>push-seed needs --directory and a document name that is a plain file name</source>
        <translation>push-seed braucht --directory und einen Dokumentnamen, der ein einfacher Dateiname ist</translation>
    </message>
    <message>
        <source>warning: an item could not be read: %1</source>
        <translation>Warnung: Ein Eintrag ließ sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>%1: added %2, modified %3</source>
        <translation>%1: %2 hinzugefügt, %3 geändert</translation>
    </message>
    <message>
        <source>%1: removed %2</source>
        <translation>%1: %2 entfernt</translation>
    </message>
    <message>
        <source>Files and processes in a VM through VMware Tools</source>
        <translation>Dateien und Prozesse in einer VM über VMware Tools</translation>
    </message>
    <message>
        <source>A VM&apos;s files and processes through VMware Tools (the VM powered on, Tools running), with govc&apos;s argument order. The guest password is read from the variable named by --guest-password-env.
run prints the command&apos;s output and exits with its exit code; otherwise exit codes: 0 done, 1 failed, 2 usage, 3 login refused (vCenter), 4 connection.

</source>
        <translation>Dateien und Prozesse einer VM über VMware Tools (VM eingeschaltet, Tools aktiv), mit der Argumentreihenfolge von govc. Das Gastpasswort wird aus der Variablen gelesen, die --guest-password-env nennt.
run gibt die Ausgabe des Befehls aus und endet mit dessen Exit-Code; sonst Exit-Codes: 0 erledigt, 1 fehlgeschlagen, 2 falscher Aufruf, 3 Anmeldung abgelehnt (vCenter), 4 Verbindung.

</translation>
    </message>
    <message>
        <source>The VM.</source>
        <translation>Die VM.</translation>
    </message>
    <message>
        <source>User in the guest.</source>
        <translation>Benutzer im Gast.</translation>
    </message>
    <message>
        <source>Name of the environment variable holding the guest password.</source>
        <translation>Name der Umgebungsvariablen, die das Gastpasswort enthält.</translation>
    </message>
    <message>
        <source>Print JSON (ls, ps).</source>
        <translation>JSON ausgeben (ls, ps).</translation>
    </message>
    <message>
        <source>Replace an existing target.</source>
        <translation>Ein vorhandenes Ziel ersetzen.</translation>
    </message>
    <message>
        <source>mkdir: create missing parent folders.</source>
        <translation>mkdir: fehlende übergeordnete Ordner anlegen.</translation>
    </message>
    <message>
        <source>rmdir: remove the folder with its contents.</source>
        <translation>rmdir: den Ordner mit seinem Inhalt entfernen.</translation>
    </message>
    <message>
        <source>mktemp: make a folder.</source>
        <translation>mktemp: einen Ordner anlegen.</translation>
    </message>
    <message>
        <source>run: seconds to wait for the command (default 300).</source>
        <translation>run: Sekunden, die auf den Befehl gewartet wird (Standard 300).</translation>
    </message>
    <message>
        <source>run, start: the working folder.</source>
        <translation>run, start: der Arbeitsordner.</translation>
    </message>
    <message>
        <source>start: an environment variable.</source>
        <translation>start: eine Umgebungsvariable.</translation>
    </message>
    <message>
        <source>ps: only this process (repeatable).</source>
        <translation>ps: nur dieser Prozess (wiederholbar).</translation>
    </message>
    <message>
        <source>unknown or missing subcommand &quot;%1&quot;</source>
        <translation>unbekannter oder fehlender Unterbefehl „%1“</translation>
    </message>
    <message>
        <source>wrong number of arguments for %1</source>
        <translation>falsche Anzahl von Argumenten für %1</translation>
    </message>
    <message>
        <source>--vm, --guest-user and --guest-password-env are required</source>
        <translation>--vm, --guest-user und --guest-password-env sind erforderlich</translation>
    </message>
    <message>
        <source>%1 is not a process id</source>
        <translation>%1 ist keine Prozess-ID</translation>
    </message>
    <message>
        <source>%1 is not an octal mode such as 0644</source>
        <translation>%1 ist kein oktaler Modus wie 0644</translation>
    </message>
    <message>
        <source>%1 exists; give --overwrite to replace it</source>
        <translation>%1 existiert; geben Sie --overwrite an, um es zu ersetzen</translation>
    </message>
    <message>
        <source>%1 bytes %2</source>
        <translation>%1 Bytes %2</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>hochgeladen</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>heruntergeladen</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>Exit %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure (a document with errors, no document by that name, a refused change), 2 usage, 4 the store cannot be reached.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 Fehlschlag (ein Dokument mit Fehlern, kein Dokument mit diesem Namen, eine abgelehnte Änderung), 2 falscher Aufruf, 4 der Speicher ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>the request was cancelled</source>
        <translation>die Anfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>no document for %1 in %2</source>
        <translation>kein Dokument für %1 in %2</translation>
    </message>
    <message>
        <source>no document %1 in %2</source>
        <translation>kein Dokument %1 in %2</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>%1 lässt sich nicht entfernen: %2</translation>
    </message>
    <message>
        <source>The document&apos;s FILE is missing.</source>
        <translation>Die Datei FILE des Dokuments fehlt.</translation>
    </message>
    <message>
        <source>The VM&apos;s name: the document&apos;s key.</source>
        <translation>Der Name der VM: der Schlüssel des Dokuments.</translation>
    </message>
    <message>
        <source>Give one --vm.</source>
        <translation>Geben Sie genau ein --vm an.</translation>
    </message>
    <message>
        <source>Store FILE as the VM&apos;s document, replacing any. It is checked as `metadata validate` does first: a document with errors is not stored. Servers reading a PostgreSQL store serve it at once.</source>
        <translation>FILE als Dokument der VM speichern und ein vorhandenes ersetzen. Es wird zuerst wie mit `metadata validate` geprüft: Ein Dokument mit Fehlern wird nicht gespeichert. Server, die einen PostgreSQL-Speicher lesen, liefern es sofort aus.</translation>
    </message>
    <message>
        <source>The VM&apos;s vCenter UUID, to find it by.</source>
        <translation>Die vCenter-UUID der VM, um sie darüber zu finden.</translation>
    </message>
    <message>
        <source>The VM&apos;s BIOS UUID, to find it by.</source>
        <translation>Die BIOS-UUID der VM, um sie darüber zu finden.</translation>
    </message>
    <message>
        <source>The document (YAML).</source>
        <translation>Das Dokument (YAML).</translation>
    </message>
    <message>
        <source>A file store finds documents by their file name only: --vc-uuid and --bios-uuid need a PostgreSQL store.</source>
        <translation>Ein Dateispeicher findet Dokumente nur über ihren Dateinamen: --vc-uuid und --bios-uuid erfordern einen PostgreSQL-Speicher.</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1: not stored: the document has errors</source>
        <translation>%1: nicht gespeichert: Das Dokument hat Fehler</translation>
    </message>
    <message>
        <source>stored %1 in %2 (instance-id %3)</source>
        <translation>%1 in %2 gespeichert (instance-id %3)</translation>
    </message>
    <message>
        <source>Print the VM&apos;s document exactly as it was stored.</source>
        <translation>Das Dokument der VM genau so ausgeben, wie es gespeichert wurde.</translation>
    </message>
    <message>
        <source>cannot write the document: %1</source>
        <translation>das Dokument lässt sich nicht schreiben: %1</translation>
    </message>
    <message>
        <source>Print the name of every VM with a document in the store, one a line.</source>
        <translation>Den Namen jeder VM mit einem Dokument im Speicher ausgeben, einen je Zeile.</translation>
    </message>
    <message>
        <source>Remove the VM&apos;s document from the store.</source>
        <translation>Das Dokument der VM aus dem Speicher entfernen.</translation>
    </message>
    <message>
        <source>removed %1 from %2</source>
        <translation>%1 aus %2 entfernt</translation>
    </message>
    <message>
        <source>Folder with one &lt;key&gt;.yaml per VM (the same as --store file:DIR).</source>
        <translation>Ordner mit einer &lt;Schlüssel&gt;.yaml je VM (dasselbe wie --store file:DIR).</translation>
    </message>
    <message>
        <source>serving documents from %1</source>
        <translation>Dokumente werden aus %1 bereitgestellt</translation>
    </message>
    <message>
        <source>Where the documents are: file:DIR or postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>Wo die Dokumente liegen: file:DIR oder postgresql://USER@HOST[:PORT]/DATABASE.</translation>
    </message>
    <message>
        <source>Name of the environment variable holding the PostgreSQL password.</source>
        <translation>Name der Umgebungsvariablen, die das PostgreSQL-Passwort enthält.</translation>
    </message>
    <message>
        <source>--store and --%1 say the same thing: give one of them</source>
        <translation>--store und --%1 bedeuten dasselbe: Geben Sie nur eine der beiden Optionen an</translation>
    </message>
    <message>
        <source>--store is required: file:DIR or postgresql://USER@HOST[:PORT]/DATABASE</source>
        <translation>--store ist erforderlich: file:DIR oder postgresql://USER@HOST[:PORT]/DATABASE</translation>
    </message>
    <message>
        <source>--store (or --%1) is required: file:DIR or postgresql://USER@HOST[:PORT]/DATABASE</source>
        <translation>--store (oder --%1) ist erforderlich: file:DIR oder postgresql://USER@HOST[:PORT]/DATABASE</translation>
    </message>
    <message>
        <source>--store: %1</source>
        <translation>--store: %1</translation>
    </message>
    <message>
        <source>--store %1: no such folder</source>
        <translation>--store %1: Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>--password-env is required for %1 (the name of a variable holding the password, not the password)</source>
        <translation>--password-env ist für %1 erforderlich (der Name einer Variablen, die das Passwort enthält, nicht das Passwort)</translation>
    </message>
    <message>
        <source>Guest registry heartbeat interval.</source>
        <translation>Taktintervall des Gastverzeichnisses.</translation>
    </message>
    <message>
        <source>Remove instances silent this long.</source>
        <translation>Instanzen entfernen, die so lange stumm sind.</translation>
    </message>
</context>
</TS>
