<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>Shut &amp;running guests down first (and wait)</source>
        <translation>Laufende Gäste zuerst &amp;herunterfahren (und warten)</translation>
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
        <source>Output</source>
        <translation>Ziel</translation>
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
        <source>Shut down guests</source>
        <translation>Gäste herunterfahren</translation>
    </message>
    <message>
        <source>vCenter exports only powered-off VMs. Ask the guest OS of %1 to shut down, wait for it, and export? The VM is never powered off hard.</source>
        <translation>vCenter exportiert nur ausgeschaltete VMs. Das Gastbetriebssystem von %1 zum Herunterfahren auffordern, darauf warten und exportieren? Die VM wird nie hart ausgeschaltet.</translation>
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
        <source>The export queue could not be saved, so the file on disk still holds the queue as it was before (%1). The jobs go on; free some space to have it saved again.</source>
        <translation>Die Exportwarteschlange ließ sich nicht speichern; die Datei auf der Platte enthält sie noch im vorherigen Stand (%1). Die Aufträge laufen weiter; geben Sie Platz frei, damit sie wieder gespeichert wird.</translation>
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
        <source>Metadata server on port %1: %2 guest(s) connected</source>
        <translation>Metadatenserver auf Port %1: %2 Gast/Gäste verbunden</translation>
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
        <source>&quot;%1&quot; is not a field; searching for the whole word. Fields: %2</source>
        <translation>„%1“ ist kein Feld; gesucht wird das ganze Wort. Felder: %2</translation>
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
        <source>Exports</source>
        <translation>Exporte</translation>
    </message>
    <message>
        <source>Export virtual machines to OVF and OVA in a queue of jobs.</source>
        <translation>Virtuelle Maschinen in einer Auftragswarteschlange nach OVF und OVA exportieren.</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Edit, validate and preview each VM&apos;s cloud-init data.</source>
        <translation>Die cloud-init-Daten jeder VM bearbeiten, prüfen und in der Vorschau ansehen.</translation>
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
        <source>Read and push Hyper-V key/value pairs.</source>
        <translation>Hyper-V-Schlüssel/Wert-Paare lesen und übertragen.</translation>
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
        <source>%1 is exported to %2</source>
        <translation>%1 ist nach %2 exportiert</translation>
    </message>
    <message>
        <source>The export of %1 %2: %3</source>
        <translation>Der Export von %1: %2: %3</translation>
    </message>
    <message>
        <source>vmdesk export</source>
        <translation>vmdesk-Export</translation>
    </message>
    <message>
        <source>Recent Tasks</source>
        <translation>Letzte Aufgaben</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Power off or reset %1 without shutting the guest down? Unsaved work in the guest is lost.</source>
        <translation>%1 ausschalten oder zurücksetzen, ohne den Gast herunterzufahren? Ungesicherte Arbeit im Gast geht verloren.</translation>
    </message>
    <message>
        <source>Go ahead with %1?</source>
        <translation>Mit %1 fortfahren?</translation>
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
        <source>Connect Serial Port to Metadata Server</source>
        <translation>Serielle Schnittstelle mit dem Metadatenserver verbinden</translation>
    </message>
    <message numerus="yes">
        <source>A network serial port is added to %n VM(s); ESXi connects it to this vSPC address:</source>
        <translation>
            <numerusform>%n VM erhält eine serielle Netzwerkschnittstelle; ESXi verbindet sie mit dieser vSPC-Adresse:</numerusform>
            <numerusform>%n VMs erhalten eine serielle Netzwerkschnittstelle; ESXi verbindet sie mit dieser vSPC-Adresse:</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection profile was not saved: %1</source>
        <translation>Das Verbindungsprofil wurde nicht gespeichert: %1</translation>
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
    <name>NfcLease</name>
    <message>
        <source>the export was stopped</source>
        <translation>der Export wurde angehalten</translation>
    </message>
    <message>
        <source>vCenter exports only powered-off VMs: shut the guest down first.</source>
        <translation>vCenter exportiert nur ausgeschaltete VMs: Fahren Sie den Gast zuerst herunter.</translation>
    </message>
    <message>
        <source>ExportVm failed: %1</source>
        <translation>ExportVm fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the export lease failed: %1</source>
        <translation>die Export-Lease schlug fehl: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>the export lease ended before the download</source>
        <translation>die Export-Lease endete vor dem Download</translation>
    </message>
    <message>
        <source>the lease never became ready</source>
        <translation>die Lease wurde nie bereit</translation>
    </message>
    <message>
        <source>the export lease did not become ready in ten minutes</source>
        <translation>die Export-Lease wurde nicht binnen zehn Minuten bereit</translation>
    </message>
    <message>
        <source>HttpNfcLeaseComplete failed: %1</source>
        <translation>HttpNfcLeaseComplete fehlgeschlagen: %1</translation>
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
        <source>vCenter reported %1: %2</source>
        <translation>vCenter meldet %1: %2</translation>
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
        <source>Result</source>
        <translation>Ergebnis</translation>
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
        <source>None</source>
        <translation>Keine</translation>
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
</context>
</TS>
