<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppSettings</name>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a full path to a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port URI: separate URIs with commas, without spaces inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected name, vc-uuid or bios-uuid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vmdesk has no setting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchFile</name>
    <message>
        <source>job %1 is not a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 (%2) has no vm_path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no output_path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patch is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load patch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partial document (YAML) merged into each VM&apos;s file: maps merge, lists and values replace, null removes a key. Comments and key order are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patch cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patch changed: preview again before applying it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed on disk, not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed on disk, not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1. Changed on disk, not written: %2. Failed: %3. Refused: %4. No change: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to change, %2 without change, %3 refused (the result would have errors; those files stay as they are). Select a VM to see its diff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CimXmlInstance</name>
    <message>
        <source>not CIM-XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a CIM-XML INSTANCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not well-formed CIM-XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudInitPayload</name>
    <message>
        <source>%1 has no cloud-init document: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeEditor</name>
    <message>
        <source>Toggle comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert snippet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmAction</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %n VM(s)</source>
        <translation>
            <numerusform>%1 %n VM</numerusform>
            <numerusform>%1 %n VMs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Remember the password in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect when vmdesk &amp;starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to vCenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vcenter.example.com or https://host/sdk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator@vsphere.local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the bundled vCenter simulator and connects to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for this connection; saved connections are listed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain: the password will not be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatastoreFiles</name>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a vCenter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryLimits</name>
    <message>
        <source>Serial port (vSPC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMware guestinfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meta-data with network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all values in the VMX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyper-V KVP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vSphere CloudinitPrep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryPayload</name>
    <message>
        <source>%1&apos;s document was not read: its database store was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s document could not be read from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no cloud-init document in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s document was not read: %2 was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeployDialog</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVF or OVA &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clone of a VM or template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Power on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait for an IP address, up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy or Clone VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM or template to clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New VM names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One name per line; each becomes one VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the package file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an OVF or OVA package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVF packages (*.ova *.ovf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New VM &amp;names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datacenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster or host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datastore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datacenter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster or &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resource pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud-init delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guestinfo (VMware datasource)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed ISO (NoCloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the metadata folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud-init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deli&amp;ver as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metadata folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to vCenter: connect first, then deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading datacenters, hosts, datastores and networks from vCenter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter has no datacenter to deploy into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placement choices could not be read from vCenter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cluster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datacenter&apos;s VM folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the package&apos;s networks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter network for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a package to map its networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package names no networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each network the package names is connected to the vCenter network chosen for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new VMs get no cloud-init data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder that holds &lt;name&gt;.yaml for each new VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each new VM reads &lt;name&gt;.yaml from this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone 1 VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone %1 VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy 1 VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy %1 VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.ova or .ovf file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template for missing documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing &amp;documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make them from the starter document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make them from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some new VMs have no cloud-init document: choose a template to make them from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeployJob</name>
    <message>
        <source>checking the cloud-init document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding the placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivering cloud-init data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>powering on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the guest&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deploy was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to a vCenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no VM or template named %1 to clone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in vCenter (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploaded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guestinfo keys set and read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed ISO %1 on the CD-ROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the address %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeployMessage</name>
    <message>
        <source>%1 is cloned from %2; its address is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deployed from %2; its address is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cloned from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deployed from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clone %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deploy of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clone %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deploy of %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clone %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deploy of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deploy of %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeploySpec</name>
    <message>
        <source>clone of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>No changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiskDownload</name>
    <message>
        <source>%1: resuming at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server answered the resume with a wrong range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server ignored the resume; starting the file over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: got %2 of %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; retrying in %2 ms (attempt %3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 bytes, the server announced %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes, SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiskUpload</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP library (libcurl) could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiskWriter</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the write failed earlier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPatch</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a patch must be a map, like the documents it changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentValidator</name>
    <message>
        <source>no instance-id: the VM name is used, and cloud-init runs again only when it changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance-id must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key vmdesk knows (metadata, network, network_config, userdata); it is kept but not sent. Start it with x- to mark it as yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both network and network_config are set: network_config is sent, network is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes on the serial port, more than its limit of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Also write an &amp;OVA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out &amp;CD/DVD drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out &amp;serial ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter exports only powered-off VMs. vmdesk asks the guest OS to shut down; it never powers a VM off hard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source VMs are not changed: left-out devices are removed from the exported descriptor only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Shut the &amp;guests down first (and wait)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Powered on: %1. Their guests are asked to shut down, and each export starts once its VM is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Powered on, will be refused: %1. vCenter exports only powered-off VMs; tick &quot;Shut the guests down first&quot; to export them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended, will be refused: %1. Resume and shut them down to export them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Export %n VM(s)</source>
        <translation>
            <numerusform>&amp;Export %n VM</numerusform>
            <numerusform>&amp;Export %n VMs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutting the guest down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the export lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloading disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing and checking the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to a vCenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no VM named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; vCenter exports only powered-off VMs. Shut the guest down first, or let the export do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guest could not be shut down (%1); it was not powered off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guest is shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guest did not shut down within ten minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export lease offers no disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CreateDescriptor failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportJobModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output / Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportQueue</name>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected from vCenter; waiting to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will retry in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused; the downloaded part is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guest will be shut down first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export queue in %1 is unreadable (%2); it was kept as %1.broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resuming after a restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused; the half-made VM is removed, and the deploy starts over when resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vmdesk ended during this deploy; vCenter removes a half-made VM when its lease ends. Retry to deploy again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this program cannot deploy VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this program cannot transfer guest files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused; the transfer starts over when resumed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <source>Select a job to see its log. Drop VMs here from the inventory to export them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume / Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut Down Guest &amp;&amp; Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMs at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 running, %2 queued, %3 jobs in all — %4/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a batch of exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hypersdk job files (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vmdesk export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut Down and Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter exports only powered-off VMs. The guest OS is asked to shut down, and the export starts once the VM is off. The VM is never powered off hard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is exported to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export of %1 was cancelled; its partly downloaded files were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export of %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export of %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier export is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 downloaded will be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been downloaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the Export of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 partly downloaded stays in the folders as .part files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the Export of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the queue, not queued again: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended, not queued: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export powered-on VMs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>vCenter exports only powered-off VMs, and %n of these are powered on: %1. Shut their guests down first (never a hard power-off), or leave them out?</source>
        <translation>
            <numerusform>vCenter exports only powered-off VMs, and %n of these are powered on: %1. Shut their guests down first (never a hard power-off), or leave them out?</numerusform>
            <numerusform>vCenter exports only powered-off VMs, and %n of these are powered on: %1. Shut their guests down first (never a hard power-off), or leave them out?</numerusform>
        </translation>
    </message>
    <message>
        <source>Shut Down Guests First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave Them Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Powered on, not queued: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overwrite %n earlier export(s)?</source>
        <translation>
            <numerusform>Overwrite %n earlier export?</numerusform>
            <numerusform>Overwrite %n earlier exports?</numerusform>
        </translation>
    </message>
    <message>
        <source>The export folder already holds an export of %1. Overwriting moves it aside (to &lt;VM&gt;.previous-&lt;time&gt; in the same folder) and deletes it only once the new export is complete; if the new one fails, the earlier one is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip These</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already exported, not queued: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not queued: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy OVF/OVA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer queue could not be saved, so the file on disk still holds the queue as it was before (%1). The jobs go on; free some space to have it saved again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VM that is still being made is removed from vCenter; one that is already there stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the Deploy of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the Transfer of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancelled job can only start over from the beginning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jobs and their logs leave the list, and unfinished ones can no longer be retried from here. Exported files and deployed VMs stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the Deploy of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the Transfer of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is uploaded to %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 is downloaded to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer of %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaultMessage</name>
    <message>
        <source>The VM is not in a power state that allows this (for example it is already powered on or off). Reload the inventory to see its current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM is busy or in a state that does not allow this right now (another operation, a migration or a snapshot may be running). Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another task is still running on this VM. Wait for it to finish, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vCenter user lacks the permission for this. Ask your vCenter administrator for the privilege on this VM or its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMware Tools is not running in the guest, so the guest cannot be asked to shut down or restart. Use Power Off or Reset, or start VMware Tools in the guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host or VM does not support the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM no longer exists in vCenter (it was removed or moved). Reload the inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host or cluster lacks the CPU, memory or licences to run the VM. Free resources or move the VM to another host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s ESXi host is not connected to vCenter. Check the host, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file of the VM is missing or cannot be reached on its datastore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains characters vCenter does not accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot could not be taken or changed (too many snapshots, or a disk that does not allow them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter refused the VM&apos;s new configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter refused a value of the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation took too long and vCenter gave up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vCenter session has ended; log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter reported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter reported %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDriver</name>
    <message>
        <source>no metadata file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document for this VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document for this VM cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document for this VM is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused an unsafe VM key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestActivityChart</name>
    <message>
        <source>Requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p99 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests sampled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, p99 latency %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestAddressWait</name>
    <message numerus="yes">
        <source>No address after %n second(s): %1.</source>
        <translation>
            <numerusform>No address after %n second: %1.</numerusform>
            <numerusform>No address after %n seconds: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a vCenter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VM is powered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the power state is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VM is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMware Tools are running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMware Tools are not running, so vCenter cannot learn the guest&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guest reports no network adapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has only %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestCommand</name>
    <message>
        <source>No command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a vCenter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
[vmdesk: output cut at %1 bytes]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output %1 could not be downloaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest lost track of process %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command did not end in time; process %1 was terminated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestCommandDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output (stdout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors (stderr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run in Guest — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. df -h /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guest user&apos;s home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit code %1 (process %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestConnection</name>
    <message>
        <source>the host closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document changed after the guest fetched it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no VM identity within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle for too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a request came before the port was accepted through DO-PROXY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped a line longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many requests queued; dropped one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VM has not said its %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 bytes held for a vMotion that does not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host stopped reading (%1 bytes pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identified as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused DO-PROXY: the port URI is not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port URI is not configured here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused a vMotion of a port that was never accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused a vMotion (NOTNOW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vMotion begins (sequence %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vMotion peer with an unknown sequence and secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vMotion aborted; this connection stays in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown VMware sub-option %1 answered with UNKNOWN-SUBOPTION-RCVD-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vMotion complete: now served through %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused a vMotion (NOTNOW): the shared store cannot record it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vMotion complete: moved here from the server at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestConnectionModel</name>
    <message>
        <source>The VM&apos;s document was changed after the guest fetched it: the guest runs on the old data until cloud-init fetches again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · document changed since fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VC UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIOS UUID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestEnvironmentModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestEnvironmentPanel</name>
    <message>
        <source>Filter names and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n variable</numerusform>
            <numerusform>%n variables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n variable(s)</source>
        <translation>
            <numerusform>%1 of %n variable</numerusform>
            <numerusform>%1 of %n variables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuestFileBrowser</name>
    <message>
        <source>Guest folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder in the guest, e.g. /var/log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;pload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 from %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n items from %1?</source>
        <translation>
            <numerusform>Delete this %n item from %1?</numerusform>
            <numerusform>Delete these %n items from %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The folders are deleted with everything in them: %1.</source>
        <translation>
            <numerusform>The folder is deleted with everything in it: %1.</numerusform>
            <numerusform>The folders are deleted with everything in them: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete in the Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a guest folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace in the Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n of these file(s): %2. Replace them?</source>
        <translation>
            <numerusform>%1 already has %n of these files: %2. Replace it?</numerusform>
            <numerusform>%1 already has %n of these files: %2. Replace them?</numerusform>
        </translation>
    </message>
    <message>
        <source>Only files are uploaded; left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders are not downloaded, only files; left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload of %1 is on the Transfers page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of %1 is on the Transfers page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s): %p%</source>
        <translation>
            <numerusform>%n transfer: %p%</numerusform>
            <numerusform>%n transfers: %p%</numerusform>
        </translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one entry to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.
Drop files here to upload them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace on This Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n of these file(s): %2. Replace them, or skip them and download only the others?</source>
        <translation>
            <numerusform>%1 already has %n of these files: %2. Replace it, or skip it and download only the others?</numerusform>
            <numerusform>%1 already has %n of these files: %2. Replace them, or skip them and download only the others?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip These</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not replaced: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestFileModel</name>
    <message>
        <source>Link to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestFileTransfer</name>
    <message>
        <source>Not connected to a vCenter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestInfo</name>
    <message>
        <source>negotiating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vMotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed recently</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestInfoChannel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a vCenter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter accepted the guestinfo keys, but reading them back gave different data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestInfoCodec</name>
    <message>
        <source>the gzip data ends early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data is not valid gzip (zlib: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a character that is not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &quot;=&quot; padding is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its length is not that of base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud-init knows base64, b64, gzip+base64 and gz+b64 and would read this value as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot decode %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 KiB after %3; VMware guestinfo takes at most %4 KiB per value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meta-data and user-data are %1 KiB together after %2; a VMX file takes at most %3 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metadata is not a map of keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metadata is neither JSON nor YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metadata&apos;s network was not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metadata&apos;s network is not a map; it was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata key &quot;%1&quot; is kept in the document, but vmdesk does not serve it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user-data was gzip-compressed; it was imported uncompressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user-data (%1 bytes) is not UTF-8 text; it was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vendor-data (%1 bytes) was not imported: a vmdesk document has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no metadata or user-data to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the imported document needs editing before it can be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestLoginDialog</name>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In to the Guest — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available, so the password is kept only while the window is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest operations act inside %1 as a user of its operating system, through VMware Tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with the guest…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestOperations</name>
    <message>
        <source>The guest refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest asks for a further authentication step, which vmdesk does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest operations are not available: the VM must be powered on with VMware Tools running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest operations need a powered-on VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in the guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists in the guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest user may not do this with %1 (permission denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no process %1 in the guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a vCenter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guest user name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server offers no guest operations (vSphere 5.0 or later needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the temporary folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the process list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s VMware Tools are too old for guest operations; update them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest has too many open guest-operation sessions; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest&apos;s VMware Tools configuration disables this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest&apos;s operating system or Tools do not support this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest user maps to more than one account; use a unique user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read or written in the guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for the guest&apos;s file system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest refused a value of the request for %1 as invalid (paths must be absolute, patterns valid regular expressions).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestProcessModel</name>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestProcessPanel</name>
    <message>
        <source>&amp;Kill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;Command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n process</numerusform>
            <numerusform>%n processes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill process %1 in %2?

%3

It ends at once, without saving its work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process %1 was killed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1 as process %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Program — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an absolute path in the guest, e.g. /usr/bin/sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guest user&apos;s home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program runs in the background; its output is not kept. Use Run Command to see output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This process has ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestTransferJob</name>
    <message>
        <source>%1 bytes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading %1 to %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloading %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestWindow</name>
    <message>
        <source>Guest — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to the guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to the guest as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not kept in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest refused the password kept in the keychain. Enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestsPage</name>
    <message>
        <source>The address ESXi hosts connect to; 0.0.0.0 listens on all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port URIs VMs may ask for (the serial port&apos;s &quot;Port URI&quot;), separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any host (e.g. 10.0.0.0/8 for the ESXi hosts&apos; network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept connections only from these networks or addresses, separated by commas. Empty: from any host; only ports that name a configured URI are served either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder with one &lt;VM&gt;.yaml per VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VC UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIOS UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LF CR (like vmw-cloudinit-metadata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port URIs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed hosts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line ending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find files by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a response to see exactly what the guest received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an existing metadata folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed hosts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata server stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo metadata server could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create YAML for This VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port URIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a starter document for the selected guest&apos;s VM on the Metadata page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on the Metadata page exactly what the selected guest&apos;s VM is served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last request failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guest is connected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server listens on &lt;b&gt;%1&lt;/b&gt;, port &lt;b&gt;%2&lt;/b&gt;, and accepts the port URI &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the server above (it will listen on &lt;b&gt;%1&lt;/b&gt;, port &lt;b&gt;%2&lt;/b&gt;, for the port URI &lt;b&gt;%3&lt;/b&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Inventory, choose the VMs, then &lt;i&gt;Connect Serial Port to Metadata Server…&lt;/i&gt; from the VM menu or the context menu. It gives each VM a network serial port with the port URI &lt;b&gt;%1&lt;/b&gt; and the vSPC address &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power on or restart the guest. Inside it, cloud-init&apos;s data is fetched from that serial port into its NoCloud seed (for example &lt;tt&gt;vmdeskctl guest-fetch --port /dev/ttyS1 --seed-dir /var/lib/cloud/seed/nocloud&lt;/tt&gt; before cloud-init runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest appears here, with every request it makes and what it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Metadata server on port %1: %n guest(s) connected</source>
        <translation>
            <numerusform>Metadata server on port %1: %n guest connected</numerusform>
            <numerusform>Metadata server on port %1: %n guests connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln request(s) so far</source>
        <translation>
            <numerusform>, %Ln request so far</numerusform>
            <numerusform>, %Ln requests so far</numerusform>
        </translation>
    </message>
    <message>
        <source>This Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>vmdesk Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – vmdesk Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HypervHostDialog</name>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyper-V Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host name when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyperv01.example.com or https://hyperv01:5986/wsman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator or DOMAIN\user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows (Negotiate/NTLM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic needs WinRM&apos;s Auth/Basic=true and a local account; Windows uses Kerberos or NTLM with a domain or local account. Both over HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked when connecting when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain: the password will not be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget the trusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next connection asks again whether to trust the host&apos;s certificate: for a renewed certificate, which the old pin refuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HypervHostPanel</name>
    <message>
        <source>A&amp;dd Host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Ho&amp;st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyper-V &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyper-V host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the VMs and the selected VM&apos;s items again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyper-V connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Hyper-V Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the Hyper-V Host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the Hyper-V Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the host %1 from the list? Its password is removed from the keychain too; its VMs keep their KVP items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password stays in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the host %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored password was not accepted. Type the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the password of %1 from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %n VM(s).</source>
        <translation>
            <numerusform>Connected to %1: %n VM.</numerusform>
            <numerusform>Connected to %1: %n VMs.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password was not remembered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hyper-V host&apos;s certificate cannot be verified.

SHA-256: %1

Compare the thumbprint with the one of the host&apos;s WinRM HTTPS listener certificate. Trust this certificate for this host from now on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Hyper-V host to read and push KVP items of its VMs over WinRM (https://host:5986/wsman).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1. Connect to list its VMs and their KVP items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password stays under the old user or address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presents a different certificate than the one you trusted.

Now: SHA-256 %2
Trusted: SHA-256 %3

This can be a certificate renewal or an attack. vmdesk does not connect. If the new certificate is expected, choose Edit Host, check “Forget the trusted certificate” and connect again: vmdesk then asks whether to trust the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HypervItemModel</name>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intrinsic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed by the host: can be changed and removed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by the guest: read-only from the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HypervItemsPane</name>
    <message>
        <source>&amp;Push…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KVP items of the selected VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter sources, keys and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the VM&apos;s KVP items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a host item to the VM, or changes the one with the same key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the value of the selected host item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected host items; guest and intrinsic items are the guest&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the selected items as key=value lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host item reaches the guest&apos;s pool 0 (/var/lib/hyperv/.kvp_pool_0). Keys of up to %1 and values of up to %2 UTF-8 bytes; an existing key is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push a Host Item to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a Host Item of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Push the Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Host Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n host item(s) from %1? The guest&apos;s daemon drops them from its pool 0.</source>
        <translation>
            <numerusform>Remove %n host item from %1? The guest&apos;s daemon drops it from its pool 0.</numerusform>
            <numerusform>Remove %n host items from %1? The guest&apos;s daemon drops them from its pool 0.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n item(s) from %1.</source>
        <translation>
            <numerusform>Removed %n item from %1.</numerusform>
            <numerusform>Removed %n items from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a VM to see its KVP items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the KVP items of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has no KVP items. A VM that is not running shows no guest items; push one to give it a host item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be read.</source>
        <translation>
            <numerusform>%n item could not be read.</numerusform>
            <numerusform>%n items could not be read.</numerusform>
        </translation>
    </message>
    <message>
        <source>VM GUID %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HypervKvp</name>
    <message>
        <source>A KVP item needs a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hyper-V host has no VM named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 VMs are named &quot;%2&quot;; give one&apos;s GUID: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VM&apos;s GUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Adding %n item(s)</source>
        <translation>
            <numerusform>Adding %n item</numerusform>
            <numerusform>Adding %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n item(s)</source>
        <translation>
            <numerusform>Removing %n item</numerusform>
            <numerusform>Removing %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Modifying %n item(s)</source>
        <translation>
            <numerusform>Modifying %n item</numerusform>
            <numerusform>Modifying %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered without a ReturnValue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started a job but named none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Hyper-V job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyper-V refused %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hyper-V job %1 disappeared before it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hyper-V job failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no description (JobState %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hyper-V job %1 did not finish in time (JobState %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item &quot;%1&quot; holds control characters or broken UTF-16, which WS-Management cannot carry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HypervVm</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled but offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HypervVmModel</name>
    <message>
        <source>EnabledState %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GUID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryModel</name>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Powered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Powered off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datacenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMware Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIOS UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <source>Filter virtual machines, e.g. web power:on guest:linux host:esx1 attr:alice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power &amp;On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut &amp;Down Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart &amp;Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power O&amp;ff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take S&amp;napshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Attribute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Serial Port to &amp;Metadata Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Inventory List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual machines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual machines: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · only %1, chosen in the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a search field, so the whole word is searched for. Fields: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search virtual machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No selected VM is in a state that allows this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse Guest &amp;Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;un in Guest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one VM to work in its guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest operations need a powered-on VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works inside the guest through VMware Tools.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No password is stored for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain denied access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable keychain (%1). Passwords will not be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KvpDelivery</name>
    <message>
        <source>Push by KVP failed for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not pushed to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not pushed to %1: the Hyper-V host was disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2: the seed is in KVP pool 0 as %n item(s) (%3 added, %4 changed). In the guest, &quot;vmdeskctl guest-fetch --kvp&quot; writes it for cloud-init.</source>
        <translation>
            <numerusform>%1 on %2: the seed is in KVP pool 0 as %n item (%3 added, %4 changed). In the guest, &quot;vmdeskctl guest-fetch --kvp&quot; writes it for cloud-init.</numerusform>
            <numerusform>%1 on %2: the seed is in KVP pool 0 as %n items (%3 added, %4 changed). In the guest, &quot;vmdeskctl guest-fetch --kvp&quot; writes it for cloud-init.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KvpPage</name>
    <message>
        <source>This value is not base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Base64 of %n byte(s) that are not UTF-8 text:</source>
        <translation>
            <numerusform>Base64 of %n byte that is not UTF-8 text:</numerusform>
            <numerusform>Base64 of %n bytes that are not UTF-8 text:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool &amp;directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KVP pool directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the KVP pool directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host to guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest to host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest intrinsic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KVP pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected value decoded from base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected value views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a pair to the guest-to-host pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected pair&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter keys and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the pool&apos;s keys and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs of pool %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No KVP pool files in %1 — this is not a Hyper-V guest, or hv_kvp_daemon does not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file ends in a partial record of %n byte(s), not shown (the daemon may be writing it).</source>
        <translation>
            <numerusform>The file ends in a partial record of %n byte, not shown (the daemon may be writing it).</numerusform>
            <numerusform>The file ends in a partial record of %n bytes, not shown (the daemon may be writing it).</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a pair to see its value in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pairs selected.</source>
        <translation>
            <numerusform>%n pair selected.</numerusform>
            <numerusform>%n pairs selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Key: %1 (value: %n byte(s))</source>
        <translation>
            <numerusform>Key: %1 (value: %n byte)</numerusform>
            <numerusform>Key: %1 (value: %n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>KVP Pool Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host reads keys of up to %1 and values of up to %2 UTF-8 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Add the Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Change the Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the pair %1 from the guest-to-host pool?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n pairs from the guest-to-host pool?</source>
        <translation>
            <numerusform>Delete %n pair from the guest-to-host pool?</numerusform>
            <numerusform>Delete %n pairs from the guest-to-host pool?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Write the Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyper-V hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KVP of this guest or of Hyper-V hosts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KvpPool</name>
    <message>
        <source>The key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key contains a NUL byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value contains a NUL byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is %1 bytes long; a pool file holds at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is %1 bytes long; a pool file holds at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is not valid UTF-8; the host cannot read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is not valid UTF-8; the host cannot read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is %1 bytes long; the host reads at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is %1 bytes long; the host reads at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KvpPoolModel</name>
    <message>
        <source>The key fills its whole field with no NUL after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value fills its whole field with no NUL after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KvpSeed</name>
    <message>
        <source>%1: not announced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 chunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the chunks are not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the chunks do not match their SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seed: not announced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seed: its parts are from different pushes so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockedFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another process (hv_kvp_daemon?); gave up after %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot truncate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>vmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the &amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About vmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory list written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the guests connected to the metadata server live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KVP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo vCenter simulator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection profile was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presents a different certificate than the one you trusted.

Now: SHA-256 %2
Trusted: SHA-256 %3

This can be a certificate renewal or an attack. vmdesk does not connect. If the new certificate is expected, remove the saved connection and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the certificate changed; not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be verified.

Subject: %1
SHA-256: %2

Compare the thumbprint with the one your vCenter administrator gives you. Trust this certificate for this server from now on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1@%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About vmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;vmdesk %1&lt;/h3&gt;&lt;p&gt;A desktop console for vSphere and Hyper-V virtual machines: inventory, exports, cloud-init metadata over virtual serial ports, and Hyper-V KVP.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and KDSoap.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences saved. The metadata server&apos;s new defaults apply when it next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;eploy OVF/OVA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export, deploy and clone virtual machines in a queue of jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is queued on the Transfers page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 VMs are queued on the Transfers page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest operations need a vCenter or ESXi connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No password is stored for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataDatabase</name>
    <message>
        <source>%1 was edited while %2 was loading; it stays open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataDelivery</name>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push to guestinfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the VM&apos;s guestinfo keys to the saved document (network config version 2) and read them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push with Network Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push to guestinfo (network version 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For images whose cloud-init reads only version 1 network config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear guestinfo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach seed ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a NoCloud seed ISO beside the VM on its own datastore and put it in its CD-ROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach seed ISO…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save seed ISO…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from VM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the VM&apos;s guestinfo keys into a new, unsaved document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a VM to deliver its document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a vCenter to deliver %1&apos;s document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection cannot change VMs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a VM in the connected vCenter&apos;s inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delivery to %1 is under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put %1&apos;s saved document where its guest reads it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · guestinfo and seed ISO: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · guestinfo: %2 · seed ISO: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attached (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes, and the guest is given the saved file. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was delivered: %1 has unsaved changes. Save them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not pushed to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guestinfo set and read back: identical (meta-data %1, user-data %2 after gzip+base64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear guestinfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s cloud-init keys in guestinfo are removed; the guest finds no data there on its next boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guestinfo cleared on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No seed ISO attached to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed ISO attached: %1 (%2) is in %3&apos;s CD-ROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach seed ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CD-ROM is emptied and the seed ISO file is deleted from the datastore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed ISO detached from %1 and its file deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Seed ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO images (*.iso)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No seed ISO written for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed ISO written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed ISO was not written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s guestinfo cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no cloud-init data in guestinfo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s guestinfo cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a document. Replace its text with what the VM holds? The file changes only when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1&apos;s guestinfo as an unsaved document.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push by Hyper-V KVP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the saved document in the Hyper-V VM&apos;s KVP pool 0, through the host the KVP page is connected to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push %1&apos;s saved document to the VM of that name on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a Hyper-V host on the KVP page to push by KVP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a vCenter or a Hyper-V host to deliver %1&apos;s document; Save Seed ISO works without.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s guestinfo was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was opened meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataDocument</name>
    <message>
        <source>%1 must be a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network must be a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network.interfaces must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network.version must be 1 or 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document must be a map with metadata, network and userdata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata must be a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>userdata must be text (use a YAML block scalar: `userdata: |`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid YAML at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network.%1 must not contain control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata.tags must be a map or a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network_config must be a map with version and config or ethernets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network_config.version must be 1 or 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network_config cannot be passed through: the text is not YAML as cloud-init reads it (line %1, column %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataEditSession</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user-data is not YAML the form can change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is kept in a database, not in a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataFetcher</name>
    <message>
        <source>no answer to REQUEST_%1 within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metadata server says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESPONSE_%1 is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataFileModel</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>This VM has no document yet. Select it to create one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataForm</name>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users &amp;&amp; SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages &amp;&amp; commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VM name is used when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new instance-id makes cloud-init run its first-boot modules again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host.example.com (user-data fqdn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FQDN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users (user-data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores a SHA-512 crypt hash; the password itself is never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH public keys (meta-data public-keys; one per row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 (only its SHA-512 hash is stored):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses (CIDR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>192.0.2.53, 2001:db8::53</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search domains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version 1 (every cloud-init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version 2 (netplan style)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network config sent as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one package per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the package lists first (package_update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade installed packages (package_upgrade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one shell command per line, run once at first boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands (runcmd):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files (write_files):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe/Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grow the root partition to fill the disk (growpart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list has entries that are lists; edit it in the YAML tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to write</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataPacket</name>
    <message>
        <source>no &apos;#&apos; after the packet code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown packet code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataPage</name>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter VMs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a document for a VM, from the starter or from another VM&apos;s document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to Several…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a partial document (for example new DNS servers) into the selected VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User-data Parts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combine a cloud-config with shell scripts, a boothook or an include list (MIME multipart, as cloud-init devel make-mime builds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the unsaved changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error, %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning, %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found: cloud-init will accept this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No metadata folder yet&lt;/h3&gt;&lt;p&gt;Choose the folder the metadata server serves on the Guests page. Each VM has one &amp;lt;VM&amp;gt;.yaml file there.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Select a VM&lt;/h3&gt;&lt;p&gt;Pick a VM on the left to edit its cloud-init data, or create a document with &lt;b&gt;New…&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Folder: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save with Errors?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has errors: the guest may ignore parts of it. Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These lines of %1 change on disk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: %2. Your changes are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed on disk while you have unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload from Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Differences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file on disk (-) and your text (+):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the metadata folder on the Guests page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM name (the file is &lt;name&gt;.yaml):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a document; it is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starter document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from (instance-id and host name are filled in for %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used as a template: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New document for %1: save it to create %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the document&apos;s YAML first: its user-data cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the VMs to change first (Ctrl+click or Shift+click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no document yet: this is a starter. Save creates %1.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — no file yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search metadata files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no document yet: this is a starter. Save creates it in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Select a VM&lt;/h3&gt;&lt;p&gt;Pick a VM on the left to edit its cloud-init data, or create a document with &lt;b&gt;New…&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Store: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to Several changes a folder&apos;s files; it does not work on a database store yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in the Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed in the database by somebody else while you have unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload from the Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document in the database (-) and your text (+):</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>meta-data (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network-config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user-data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document&apos;s choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata server sends the version the document asks for (version 1 unless it says version: 2). Compare with the other version before changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network config:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizes on each delivery channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document cannot be read, so nothing can be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No errors or warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial packet · %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line the metadata server sends for %1 on the serial port, line break included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes as sent (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over by %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload sizes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataStore</name>
    <message>
        <source>the store is empty: give file:DIRECTORY or %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown store type &quot;%1:&quot;: give file:DIRECTORY or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file store is a local directory: give file:DIRECTORY or file:///absolute/directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file store names no directory: give file:DIRECTORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed store URL: write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store URL contains a password; leave it out of the URL and keep it in the keychain or pass it with --password-env VARIABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed store URL (%1): write %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store URL names no user: write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store URL names no host: write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store URL has port 0: give a port from 1 to 65535 or leave it out for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store URL names no database: write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store URL has a #fragment, which means nothing here: write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store URL has an unknown option &quot;%1&quot;: only sslmode is understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataStoreBar</name>
    <message>
        <source>Open Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the documents of a folder (file:DIR) or of a PostgreSQL database shared by several metadata servers (postgresql://user@host/db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the open document from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: no folder chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1 (connecting…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1 (connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1 (unavailable: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: %2. Your changes are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not kept in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a password: the keychain has none to offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for %1 in the keychain (%2): enter it to open the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the document of %1 from %2? Metadata servers using this store stop serving it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MimeMultipart</name>
    <message>
        <source>part %1 is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1 uses the transfer encoding &quot;%2&quot;, which is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a MIME multipart message (no Content-Type: multipart/... header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the multipart message has no boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the multipart message has no part with its boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the multipart message is not terminated (its closing boundary is missing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MultipartDialog</name>
    <message>
        <source>User-data Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud-init runs the parts in order: boothooks early, cloud-config with its modules, shell scripts once at the end of the first boot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkValidator</name>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the prefix length must be 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a netmask (255.255.255.0 or 24)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a prefix length, as in %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MTU must be a whole number from %1 to %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 needs an MTU of at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS server &quot;%1&quot; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search domain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interface name &quot;%1&quot; is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interface name &quot;%1&quot; may hold only letters, digits and . _ @ -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interface name &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway &quot;%1&quot; is not an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway &quot;%1&quot; is not an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway %1 is not inside any of this interface&apos;s subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than 253 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a label longer than 63 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name: labels hold letters, digits and inner hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interface %1 has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MAC address (six pairs of hex digits: 00:50:56:aa:bb:cc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interface %1 has no address and no DHCP, so it stays down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 interfaces have an IPv4 gateway: the guest gets several default routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version 1 needs a list under config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnet type must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network config version 2 section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NfcLease</name>
    <message>
        <source>vCenter exports only powered-off VMs: shut the guest down first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lease never became ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HttpNfcLeaseComplete failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 could not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 lease failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 lease ended before the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 lease did not become ready in ten minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenStoreDialog</name>
    <message>
        <source>Remember the password in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Metadata Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file:/srv/metadata or postgresql://user@host/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the one in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OvfImport</name>
    <message>
        <source>vCenter warns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter cannot import this package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter refused the package (CreateImportSpec): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import lease offers %1 upload(s) for the package&apos;s %2 file(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OvfPackage</name>
    <message>
        <source>%1 does not match the manifest: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes, expected %2, or another SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes on disk, %2 written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OvfSource</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no .ovf descriptor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacketLogModel</name>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
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
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementCatalog</name>
    <message>
        <source>vCenter has no datacenter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no datacenter named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no host named %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no cluster or host to run a VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no cluster named %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no resource pool %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no resource pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no datastore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no datastore named %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no VM folder %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s network %1 has no match in %2: map it to one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has no network named %1 (it has %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresConnection</name>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen for changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2; trying again in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected to %1 and created its tables (schema version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected to %1 (schema version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost the connection to %1: %2; reconnecting in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metadata store %1 is not connected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metadata store %1 is unavailable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document for %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a UUID of %1 already belongs to %2; a UUID can name one document only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document tables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresDriver</name>
    <message>
        <source>refused an unsafe VM key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metadata store %1 is unavailable and has no cached document for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metadata store is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document for this VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document for this VM is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a document: use a VM name without slashes, control characters or a leading dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document for %1 is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document for %1 contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresSchema</name>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema version of %1 is %2, newer than this vmdesk knows (%3): upgrade vmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set up %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install libqt6sql6-psql</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address ESXi hosts connect to; 0.0.0.0 listens on all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port URIs VMs may ask for (the serial port&apos;s &quot;Port URI&quot;), separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any host (e.g. 10.0.0.0/8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept connections only from these networks or addresses, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one &lt;VM&gt;.yaml per VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VC UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIOS UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many exports run at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port &amp;URIs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;llowed hosts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find VMs &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports at &amp;once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port URIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find VMs by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviousExports</name>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PyYamlJson</name>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character that YAML does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one YAML document (cloud-init reads a single one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is too large or too deep once its aliases are expanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ordered map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud-init cannot read a value tagged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge keys nest too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a merge key (&lt;&lt;) takes maps only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a merge key (&lt;&lt;) takes a map or a list of maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list or a map cannot be a key (PyYAML: unhashable key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not YAML: a value was expected here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>no address given; vCenter&apos;s is https://&lt;host&gt;/sdk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address such as https://vcenter.example.com/sdk%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https:// or http:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer ended early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s host name was not found (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no vSphere SDK at this address (%1). vCenter&apos;s is https://&lt;host&gt;/sdk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed to answer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered, but not as a vSphere SDK: is the address right? vCenter&apos;s is https://&lt;host&gt;/sdk. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vCenter session has ended; log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s ServiceContent has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thick, eager zeroed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinRM&apos;s answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinRM answered HTTP %1 without a SOAP fault (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentTasksDock</name>
    <message>
        <source>Recent Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;Tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestActivityModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p99</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaMessages</name>
    <message>
        <source>something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches more than one of the allowed forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (did you mean &apos;%2&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required key &apos;%1&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the expected form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date like 2032-12-31, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeedIso</name>
    <message>
        <source>cannot build the seed image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libarchive gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeedIsoChannel</name>
    <message>
        <source>vCenter did not say where %1&apos;s files are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no CD-ROM and no free IDE slot for one; add a CD-ROM drive and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach seed ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter accepted the change, but the CD-ROM does not show %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach seed ISO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SerialPortDialog</name>
    <message>
        <source>Connect Serial Port to Metadata Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A network serial port is added to %n VM(s). ESXi connects it to the metadata server:</source>
        <translation>
            <numerusform>A network serial port is added to %n VM. ESXi connects it to the metadata server:</numerusform>
            <numerusform>A network serial port is added to %n VMs. ESXi connects it to the metadata server:</numerusform>
        </translation>
    </message>
    <message>
        <source>Port URI (the server accepts these):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vSPC address (as the ESXi hosts reach this machine):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add Serial Port to %n VM(s)</source>
        <translation>
            <numerusform>Add Serial Port to %n VM</numerusform>
            <numerusform>Add Serial Port to %n VMs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SerialPortTarget</name>
    <message>
        <source>The metadata server has no port URI configured, so it refuses every VM: set one on the Guests page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata server listens on %1 only, which no ESXi host can reach. On the Guests page, let it listen on 0.0.0.0 or on one of this machine&apos;s addresses below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedGuestConnection</name>
    <message>
        <source>guest registry: cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered in %1 as instance %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (created the guest tables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guest registry: instance %1 had been removed from %2 as stale; registering again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guest registry: %1 is unavailable: %2; keeping guests locally and retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guest tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen for vMotions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>guest registry: forgot %n vMotion(s) that never completed</source>
        <translation>
            <numerusform>guest registry: forgot %n vMotion that never completed</numerusform>
            <numerusform>guest registry: forgot %n vMotions that never completed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedGuestRegistry</name>
    <message>
        <source>guest registry: removed instance %1 and its guests from %2 (no heartbeat for %3 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedVMotionTable</name>
    <message>
        <source>the database connection is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no vMotion with this sequence was claimed by this server (expired?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulatorProcess</name>
    <message>
        <source>The vCenter simulator could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vCenter simulator stopped before it was ready (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vCenter simulator crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vCenter simulator (vmdesk-vcsim) is not installed next to vmdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vCenter simulator printed no SDK URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteModel</name>
    <message>
        <source>This console&apos;s own metadata server, which is not registered in the site&apos;s store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1 has not sent a heartbeat for %2; the other servers remove an instance that stays silent for their timeout (30 s by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance / VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VC UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteObserverConnection</name>
    <message>
        <source>no metadata server has registered in %1 yet: start vmdeskctl serve-metadata with --store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watching the site in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the site from %1: %2; trying again in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitePanel</name>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site store URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The --store the metadata servers were started with; without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site store password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter instances and guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site instances and guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch every metadata server of a site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Metadata servers started with the same &lt;tt&gt;--store postgresql://user@host/database&lt;/tt&gt; register themselves and their guests in that database. Enter the same URL above (without a password), and its password, then &lt;b&gt;Watch&lt;/b&gt;: every server appears with its address, guest count and heartbeat, and every guest under the server that holds it. This console&apos;s own server, when it runs, is one row among them.&lt;/p&gt;&lt;p&gt;The URL is remembered; the password only in the keychain, if you ask for it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site is watched in its PostgreSQL store (postgresql://user@host/database); a folder is one server&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not remembered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not give the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the password in the keychain, under the store&apos;s URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain: the password will not be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the store&apos;s password from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not watching a site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s), </source>
        <translation>
            <numerusform>%n instance, </numerusform>
            <numerusform>%n instances, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n guest</numerusform>
            <numerusform>%n guests</numerusform>
        </translation>
    </message>
    <message>
        <source>Stale: showing the site as of %1 (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching %1: %2; updated at %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Snippets</name>
    <message>
        <source>User with SSH key and sudo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages, with update and upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run commands on first boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grow the root partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTP servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APT proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot when done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshKeysEditor</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint (SHA256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add SSH Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a public key (id_ed25519.pub):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshPublicKey</name>
    <message>
        <source>the key is truncated or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key says curve %1 but its type is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key has extra data after its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a private key: paste the public key instead (the .pub file, one line starting with ssh-ed25519, ssh-rsa or ecdsa-sha2-...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not in OpenSSH format: paste the one-line public key from the .pub file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key data is missing after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key data is not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the type says %1 but the key is %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued or started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThroughputChart</name>
    <message>
        <source>Selected job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d s</source>
        <comment>the time axis: seconds before now</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All transfers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferJobActions</name>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the Transfer of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file transfer to or from a guest cannot continue where it stopped: what it has transferred is not kept, and it starts over from the beginning when resumed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpcomingPage</name>
    <message>
        <source>This build of vmdesk does not have it yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDataValidator</name>
    <message>
        <source>cloud-init&apos;s schema is not built into this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud-init&apos;s schema cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cloud-config does not match cloud-init&apos;s schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown top-level key &apos;%1&apos;: cloud-init ignores it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown top-level key &apos;%1&apos;: cloud-init ignores it (did you mean &apos;%2&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line ends in CR LF: the kernel would look for an interpreter whose name ends in a carriage return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no interpreter after #!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the include list names no URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user-data is empty: cloud-init will do nothing with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the boothook has no commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gzip-compressed user-data: cloud-init unpacks it, vmdesk cannot check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line must be exactly &quot;#cloud-config&quot; (no spaces, lower case), or cloud-init ignores the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a YAML map, but without &quot;#cloud-config&quot; as its first line cloud-init ignores it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud-init does not recognise this kind of user-data by its first line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the multipart Content-Type has no boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multipart parts nest too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the multipart user-data has no parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the base64 text is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot check a part encoded as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a YAML map: cloud-init needs module settings as keys (&quot;packages:&quot;, &quot;users:&quot; ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VSphereSession</name>
    <message>
        <source>Not connected to a vCenter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vCenter session ended and logging in again failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already connected; log out first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server URL, a user name and a password are needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VimClient</name>
    <message>
        <source>The server&apos;s certificate is not trusted (SHA-256 %1). Check the thumbprint with your vCenter administrator before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VimTask</name>
    <message>
        <source>Power on virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power off virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconfigure virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove snapshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmActions</name>
    <message>
        <source>Power on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a vCenter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create snapshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set attribute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add serial port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set guestinfo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmCommands</name>
    <message>
        <source>Power On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut Down Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest is not shut down: unsaved work in it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest stops until it is powered on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMware Tools asks the guest operating system to shut down; its users are logged off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMware Tools asks the guest operating system to restart; its users are logged off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken with vmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Custom attribute for %n VM(s):</source>
        <translation>
            <numerusform>Custom attribute for %n VM:</numerusform>
            <numerusform>Custom attribute for %n VMs:</numerusform>
        </translation>
    </message>
    <message>
        <source>Value of &quot;%1&quot; (empty clears it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Serial Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 failed for %2 of %n VM(s)</source>
        <translation>
            <numerusform>%1 failed for %2 of %n VM</numerusform>
            <numerusform>%1 failed for %2 of %n VMs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 failed for %n VM(s).</source>
        <translation>
            <numerusform>%1 failed for %n VM.</numerusform>
            <numerusform>%1 failed for %n VMs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VmDetailsPane</name>
    <message>
        <source>Select a virtual machine to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datacenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMware Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIOS UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name (guest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The devices could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vSPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guestinfo keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network adapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No serial ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datastore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guestinfo keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmLocation</name>
    <message>
        <source>%1 is in no datacenter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in no folder; is it a template in a vApp?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VspcConfig</name>
    <message>
        <source>&quot;%1&quot; is not a network (such as 10.0.0.0/8) or an address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VspcServer</name>
    <message>
        <source>Accepting a connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vMotion of %1 refused (NOTNOW): the shared registry cannot record it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vMotion of %1 arrives at %2 from the server at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presented a vMotion sequence with the wrong secret; no PEER-OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presented an unknown vMotion cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presented a vMotion cookie that cannot be checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vMotion complete for %1: now at %2, moved from the server at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vMotion of %1 is served here, but the shared registry could not record the move: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vMotion completed on the server at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WsManClient</name>
    <message>
        <source>The host&apos;s certificate is not trusted (SHA-256 %1). Check the thumbprint on the Hyper-V host (Get-ChildItem Cert:\LocalMachine\My) before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hyper-V host refused the user name or password (HTTP 401). WinRM must allow this authentication (winrm get winrm/config/service/auth).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: is WinRM listening on port %2? (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hyper-V host did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinRM answered HTTP %1 with no content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinRM ended an enumeration without EndOfSequence and without a context to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinRM&apos;s answer to %1 has no %1_OUTPUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query names no class: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WsManEndpoint</name>
    <message>
        <source>no address given; WinRM&apos;s is https://&lt;host&gt;:5986/wsman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address such as https://hyperv01.example.com:5986/wsman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https:// or http:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows authentication (Negotiate/NTLM) needs HTTPS: over HTTP WinRM encrypts each message with the session key, which vmdesk does not do. Use https://…:5986, or Basic authentication.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WsManError</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WsManFault</name>
    <message>
        <source>WinRM answered with a fault and no reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WsManResponse</name>
    <message>
        <source>The answer is not XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not a SOAP 1.2 envelope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not well-formed XML (line %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SOAP envelope has no body.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlTextEdit</name>
    <message>
        <source>the text is not valid YAML, so it cannot be changed in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is used elsewhere through its anchor &amp;%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for vSphere and Hyper-V VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the bundled vCenter simulator and connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saveAtomically</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not in the settings format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file or its folder is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the settings to %1: %2; the previous settings are kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmdeskctl</name>
    <message>
        <source>Headless vmdesk: the same services as the desktop app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;vmdeskctl &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the virtual machines of a vCenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power, snapshot or annotate VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export VMs to OVF/OVA (resumable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve cloud-init metadata to VMs (vSPC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch metadata over a serial port (in a VM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check, render, patch or create metadata documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the virtual machines of a vCenter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only VMs matching this search, e.g. &quot;web power:on guest:linux&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these fields in JSON/CSV, e.g. name,powerState,memoryMB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown search field &quot;%1&quot;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-env is required (the name of a variable, not the password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--thumbprint needs a SHA-256 digest (64 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export VMs to OVF or OVA. Run it again on the same output to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VM to export (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hypersdk batch file (YAML) of jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write an .ova per VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks downloaded at once per VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMs exported at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut running guests down first (never a hard power-off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave CD/DVD drives out of the descriptor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print progress as JSON lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output and one of --vm or --file are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was exported already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted: run the same command again to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial port, e.g. /dev/ttyS1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write meta-data, user-data, network-config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for each answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baud rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote meta-data, user-data and network-config to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 a document has errors or cannot be read or written, 2 usage (also a --directory, --patch or --template that cannot be read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder with one &lt;name&gt;.yaml per VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--directory is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--directory %1: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vm %1: not a name the metadata server serves (no &apos;/&apos;, no leading &apos;.&apos;, no control characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check VM documents as the metadata server and cloud-init read them. Prints FILE:LINE:COLUMN: error|warning: message per finding (0 when the place is unknown); a named VM without its file is an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check only this VM&apos;s document (repeatable; default: every *.yaml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 with errors, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a VM&apos;s meta-data, user-data and network-config exactly as the metadata server sends them, as a NoCloud seed folder. A document with errors is not rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM whose &lt;name&gt;.yaml to render.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s display name, for the instance-id and host name a document leaves out, when the files are named by UUID (default: --vm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to write the three files to (created if needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network-config version 1 or 2 (default: as the document asks, as the server does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render needs one --vm, --seed-dir, and --network-version 1 or 2 if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not rendered: the document has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a partial document into VM documents: maps merge, lists and scalars replace, null removes a key; comments, key order and unknown keys stay. Prints a unified diff per changed file (patch -p1 applies it). A result with errors is not written: its findings are printed (lines as after the patch) and the exit code is 1; the other VMs are still written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partial document (YAML) to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VM to change (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change every *.yaml in the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the diffs, write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply needs --patch, and either --vm or --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot apply the patch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not changed: the patched document would have errors (lines as after the patch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 would change, %3 refused (dry run: nothing written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 changed, %3 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &lt;name&gt;.yaml for a VM from a template document (or a commented starter), with a fresh instance-id (&lt;host name&gt;-&lt;8 hex digits&gt;) and a host name made from the VM name. An existing file is never replaced (exit 1), nor is a document with errors written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new VM&apos;s name (the file&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document to start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new needs one --vm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: edit it, or change it with &apos;vmdeskctl metadata apply&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not created: the document would have errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1 (instance-id %2, host name %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown metadata command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check, render, patch and create the VM documents of a metadata folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;vmdeskctl metadata &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve cloud-init metadata to VMs over their virtual serial ports (vSPC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and port to listen on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A serial port URI to accept (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What names the files: name, vc-uuid or bios-uuid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response line ending: lf, or lfcr like the seed tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the connected guests as JSON here, every second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send nothing (instead of !!ERROR#) when a VM has no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer vMotion requests with NOTNOW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a connection has to identify its VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log entries kept per guest for the status output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close connections idle this long (0: never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept connections only from these networks, e.g. 10.0.0.0/8 (repeatable or comma separated; default: any). List the ESXi hosts&apos; networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen needs HOST:PORT, e.g. 0.0.0.0:13370</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--allow: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--uri is required: the serial port URI your VMs use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key must be name, vc-uuid or bios-uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--line-ending must be lf or lfcr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-connections and --handshake-timeout must be positive, --idle-timeout not negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act on VMs: power, snapshots, notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM (repeatable for power).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the VM&apos;s memory in the snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s notes (annotation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (snapshot list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power &lt;what&gt;, snapshot &lt;what&gt; or annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no VM named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no snapshot named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy VMs from OVA/OVF or clones, with cloud-init data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot make %2 from it: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document would have errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy a VM from an OVA or OVF package (disks uploaded to vCenter) or clone one (or several with repeated --name). With --metadata-dir the VM gets &lt;DIR&gt;/&lt;NAME&gt;.yaml as guestinfo keys or a seed ISO; --template makes a missing &lt;NAME&gt;.yaml from a template. Progress goes to stderr; the address found with --wait-ip goes to stdout (with several VMs: a name and address per line). An interrupted deploy removes the half-made VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed, 2 usage, 3 login refused, 4 vCenter cannot be reached, 5 no address within --wait-ip, 130 interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy this OVA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy this OVF descriptor (its files beside it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone this VM or template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new VM&apos;s name (repeatable with --clone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it on this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it in this cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource pool (name or path below the cluster or host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datacenter (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datastore (default: the one with the most free space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM folder path below the datacenter&apos;s VM folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the package&apos;s network SRC to vCenter&apos;s network DST (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder with the new VM&apos;s cloud-init document &lt;NAME&gt;.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver the document as guestinfo keys or a seed ISO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a missing &lt;NAME&gt;.yaml from this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network configuration version for guestinfo (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power the VM on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait this long for the guest&apos;s address (needs --power-on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object per VM on stdout, no progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one of --ova, --ovf or --clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several --name are for clones only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each --name once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --host or --cluster, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--via, --template and --network-version need --metadata-dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--via is guestinfo or iso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--network-version must be 1 or 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--wait-ip needs a number of seconds above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--wait-ip needs --power-on: a VM that is off has no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--network %1: give SRC=DST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metadata-dir %1: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name %1: not a name a document can have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted: stopping the deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed the half-made VM %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the half-made VM %1 is still there: remove it in vCenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure (a document with errors, a VM that is not there, a refused change), 2 usage, 3 login refused, 4 vCenter cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM (its name in vCenter and its document&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network configuration version 1 or 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one --vm is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vm %1: not a name a document can have (no &apos;/&apos;, no leading &apos;.&apos;, no control characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render &lt;DIR&gt;/&lt;NAME&gt;.yaml for cloud-init&apos;s VMware datasource and set the VM&apos;s guestinfo.metadata and guestinfo.userdata (gzip+base64) through a reconfigure; the keys are read back and compared. Data over guestinfo&apos;s size limits is refused before anything is sent. --clear removes the keys instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the VM&apos;s cloud-init guestinfo keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still set after the clear: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared the guestinfo keys of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read back: no cloud-init keys left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read back: identical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the VM&apos;s guestinfo.metadata, guestinfo.userdata and guestinfo.vendordata (any encoding cloud-init reads) and write them as &lt;DIR&gt;/&lt;NAME&gt;.yaml. An existing file is kept unless --force. What the document cannot hold is printed as a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an existing &lt;NAME&gt;.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: give --force to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no guestinfo.metadata or guestinfo.userdata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1 from the guestinfo keys of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a VM&apos;s NoCloud seed image (volume id CIDATA: meta-data, user-data, network-config) from &lt;DIR&gt;/&lt;NAME&gt;.yaml. The network configuration has the version the document asks for unless --network-version is given. A document with errors is not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image to write (replaced whole or not at all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the VM&apos;s NoCloud seed image from &lt;DIR&gt;/&lt;NAME&gt;.yaml, upload it beside the VM as &lt;NAME&gt;-cidata.iso and put it in the VM&apos;s CD-ROM (one is added when the VM has none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datastore for the image (default: the VM&apos;s own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploaded %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CD-ROM %1 of %2 holds it (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the CD-ROM that holds the VM&apos;s seed image (&lt;NAME&gt;-cidata.iso) and delete the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no seed ISO in a CD-ROM: nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emptied the CD-ROM of %1 and deleted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read or write Hyper-V KVP pool files (in a guest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the pool files (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pool takes 0 to %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the items of a Hyper-V KVP pool file: &quot;Key: K, Value: V&quot; per record, as hvkvp does. Pools: 0 host to guest (default), 1 guest to host, 2 guest intrinsic, 3 host facts, 4 internal. Each field ends at its first NUL; the bytes after it are the daemon&apos;s leftovers. The file is read under the daemon&apos;s fcntl lock.
--key prints the value only, without a newline, and exits 1 when the key is absent (hvkvp exits 0). Keys match exactly, as the daemon matches them (hvkvp ignores case).
--export prints export KEY=&apos;VALUE&apos; lines safe for eval; a key that is no shell name is skipped with a warning.
Exit codes: 0 done, 1 key absent, 2 usage, 3 the pool cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool number, 0 to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only this key&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print shell export lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the records as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at most one of --key, --export and --json, and no other arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 ends in a partial record of %2 bytes, which was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: skipped the key %1: not a shell variable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an item from a KVP pool under the daemon&apos;s fcntl lock; later items move up, as the daemon deletes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an item in a KVP pool under the daemon&apos;s fcntl lock: its value replaced in place, or the item appended. Pool 1 is the one a guest writes (the host reads it as GuestExchangeItems); other pools need --any-pool. Keys of at most 254 and values of at most 1022 UTF-8 bytes, what the host reads back whole, unless --no-host-limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool number (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow writing a pool other than 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow up to 511-byte keys and 2047-byte values (the host truncates them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the KEY to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the KEY and the VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool %1 belongs to the host: the daemon rewrites it when the host changes an item. Use --any-pool to write it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no whole cloud-init seed in %1 after %2 s: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing from vmdesk there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch this VM&apos;s cloud-init data over a serial port, or from Hyper-V KVP pool 0 (--kvp), into a NoCloud seed folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the seed from the KVP pool 0 items vmdesk pushed (vmdesk.&lt;part&gt;.*), waiting up to --timeout seconds until every part is whole and matches its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --kvp: the pool files&apos; folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --port or --kvp, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port or --kvp is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Hyper-V host&apos;s VMs and KVP items over WS-Management (WinRM, https://HOST:5986/wsman by default).
get reads the host items (pool 0 in the guest), the guest&apos;s items (pool 1) and its intrinsic items (pool 2). push adds or modifies host items (ModifyKvpItems for keys the VM has, AddKvpItems for the others); remove deletes host items. push-seed sends &lt;DIR&gt;/&lt;NAME&gt;.yaml&apos;s cloud-init seed as vmdesk.&lt;part&gt;.* items, which vmdeskctl guest-fetch --kvp reads in the guest.
The password is read from the variable named by --password-env. --auth windows lets Qt negotiate Kerberos or NTLM (HTTPS only); basic needs WinRM&apos;s Auth/Basic and a local account.
Exit codes: 0 done, 1 failed (or --key absent), 2 usage, 3 login refused, 4 connection or certificate.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinRM address (host, host:port or URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name (DOMAIN\user or a local user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the environment variable holding the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basic (default) or windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a server certificate with this SHA-256 thumbprint (hex).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s name or GUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which items: host, guest, intrinsic or all (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only this key&apos;s value, without a newline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s name, if not the VM&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network configuration version 1 or 2 (default: the document&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth takes basic or windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vm is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--source takes host, guest, intrinsic or all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong arguments for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push-seed needs --directory and a document name that is a plain file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: an item could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: added %2, modified %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: removed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and processes in a VM through VMware Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VM&apos;s files and processes through VMware Tools (the VM powered on, Tools running), with govc&apos;s argument order. The guest password is read from the variable named by --guest-password-env.
run prints the command&apos;s output and exits with its exit code; otherwise exit codes: 0 done, 1 failed, 2 usage, 3 login refused (vCenter), 4 connection.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User in the guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the environment variable holding the guest password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (ls, ps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an existing target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mkdir: create missing parent folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rmdir: remove the folder with its contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mktemp: make a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: seconds to wait for the command (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run, start: the working folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start: an environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ps: only this process (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown or missing subcommand &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of arguments for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vm, --guest-user and --guest-password-env are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a process id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an octal mode such as 0644</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists; give --overwrite to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure (a document with errors, no document by that name, a refused change), 2 usage, 4 the store cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document for %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s FILE is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s name: the document&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one --vm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store FILE as the VM&apos;s document, replacing any. It is checked as `metadata validate` does first: a document with errors is not stored. Servers reading a PostgreSQL store serve it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s vCenter UUID, to find it by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s BIOS UUID, to find it by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document (YAML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file store finds documents by their file name only: --vc-uuid and --bios-uuid need a PostgreSQL store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not stored: the document has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored %1 in %2 (instance-id %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the VM&apos;s document exactly as it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the name of every VM with a document in the store, one a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the VM&apos;s document from the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder with one &lt;key&gt;.yaml per VM (the same as --store file:DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serving documents from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the documents are: file:DIR or postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the environment variable holding the PostgreSQL password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store and --%1 say the same thing: give one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store is required: file:DIR or postgresql://USER@HOST[:PORT]/DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store (or --%1) is required: file:DIR or postgresql://USER@HOST[:PORT]/DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store %1: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-env is required for %1 (the name of a variable holding the password, not the password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest registry heartbeat interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove instances silent this long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
