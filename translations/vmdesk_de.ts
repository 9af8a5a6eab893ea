<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <source>Filter virtual machines</source>
        <translation>Virtuelle Maschinen filtern</translation>
    </message>
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
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No password is stored for %1.</source>
        <translation>Für %1 ist kein Passwort gespeichert.</translation>
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
</context>
<context>
    <name>VimClient</name>
    <message>
        <source>The server&apos;s certificate is not trusted (SHA-256 %1). Check the thumbprint with your vCenter administrator before you trust it.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut (SHA-256 %1). Prüfen Sie den Fingerabdruck mit Ihrer vCenter-Administration, bevor Sie ihm vertrauen.</translation>
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
        <source>--url needs a vCenter address such as https://vcenter/sdk.</source>
        <translation>--url braucht eine vCenter-Adresse wie https://vcenter/sdk.</translation>
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
</context>
</TS>
