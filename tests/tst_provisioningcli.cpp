// SPDX-License-Identifier: GPL-3.0-or-later
// vmdeskctl's provisioning commands as a user runs them, checked without our own code: the VM's keys
// and devices through hand-written SOAP posted with curl, payloads decoded with base64 and gunzip,
// YAML read by PyYAML, images read by isoinfo, disks compared by sha256sum.
#include <csignal>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "support/simulatorinstance.h"
#include "support/testmain.h"

using namespace Qt::StringLiterals;

namespace {
const QString vmName = u"DC0_C0_RP0_VM0"_s; // powered off, a 2 MiB disk
const QString documentsDir = QStringLiteral(VMDESK_DOCUMENTS_DIR);

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runProgram(const QString& program, const QStringList& arguments, const QByteArray& input = {}, int timeout = 120000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"VMDESK_TEST_PASSWORD"_s, u"secret"_s);
    environment.insert(u"QT_LOGGING_RULES"_s, u"*.info=false"_s);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeout)) {
        process.kill();
        process.waitForFinished();
        return { -1, process.readAllStandardOutput(), process.readAllStandardError() + "\n(timed out)" };
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError() };
}

Run vmdeskctl(const QStringList& arguments, int timeout = 120000)
{
    return runProgram(QCoreApplication::applicationDirPath() + u"/vmdeskctl"_s, arguments, {}, timeout);
}

QByteArray shell(const QString& command, const QByteArray& input = {})
{
    const Run run = runProgram(u"sh"_s, { u"-c"_s, command }, input);
    return run.exitCode == 0 ? run.out : QByteArray("failed: " + run.err);
}

// YAML or JSON as PyYAML reads it, printed as canonical JSON: two documents mean the same data.
QByteArray canonical(const QByteArray& yaml)
{
    return shell(
        u"python3 -c 'import json, sys, yaml; print(json.dumps(yaml.safe_load(sys.stdin), sort_keys=True))'"_s, yaml);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(cannot read " + path.toUtf8() + ')');
}

QString xmlEscape(const QString& text)
{
    return text.toHtmlEscaped();
}

// vim25 through curl and hand-written envelopes, so that no vmdesk code sees what is checked.
class RawVim
{
public:
    explicit RawVim(const QUrl& sdk)
        : m_sdk(sdk)
    {
        m_loggedIn = post(u"<Login><_this type=\"SessionManager\">SessionManager</_this><userName>admin</userName>"
                          u"<password>secret</password></Login>"_s)
                         .contains("LoginResponse");
    }

    bool loggedIn() const { return m_loggedIn; }

    QByteArray post(const QString& body) const
    {
        const QByteArray envelope
            = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope "
              "xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
              "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">"
              "<soapenv:Body xmlns=\"urn:vim25\">"
            + body.toUtf8() + "</soapenv:Body></soapenv:Envelope>";
        return runProgram(u"curl"_s,
            { u"-s"_s, u"-b"_s, jar(), u"-c"_s, jar(), u"-H"_s, u"Content-Type: text/xml; charset=utf-8"_s, u"-H"_s,
                u"SOAPAction: urn:vim25/6.5"_s, u"--data-binary"_s, u"@-"_s, m_sdk.toString() },
            envelope)
            .out;
    }

    QString vm(const QString& name) const
    {
        const QByteArray answer = post(u"<FindByInventoryPath><_this type=\"SearchIndex\">SearchIndex</_this>"
                                       u"<inventoryPath>DC0/vm/%1</inventoryPath></FindByInventoryPath>"_s.arg(name));
        return QRegularExpression(u"<returnval type=\"VirtualMachine\">([^<]+)</returnval>"_s)
            .match(QString::fromUtf8(answer))
            .captured(1);
    }

    QByteArray property(const QString& vm, const QString& path) const
    {
        return post(u"<RetrievePropertiesEx><_this type=\"PropertyCollector\">propertyCollector</_this><specSet>"
                    u"<propSet><type>VirtualMachine</type><pathSet>%2</pathSet></propSet>"
                    u"<objectSet><obj type=\"VirtualMachine\">%1</obj></objectSet></specSet><options/>"
                    u"</RetrievePropertiesEx>"_s.arg(vm, path));
    }

    QMap<QString, QString> guestinfo(const QString& vm) const
    {
        QMap<QString, QString> keys;
        QXmlStreamReader xml(property(vm, u"config.extraConfig"_s));
        QString key;
        while (xml.readNextStartElement() || !xml.atEnd()) {
            if (xml.isStartElement() && xml.name() == u"key"_s) {
                key = xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == u"value"_s && key.startsWith(u"guestinfo."_s)) {
                keys.insert(key, xml.readElementText());
            } else if (!xml.isStartElement()) {
                xml.readNext();
            }
        }
        return keys;
    }

    // The file names of the VM's CD-ROMs with an ISO backing.
    QStringList isoBackings(const QString& vm) const
    {
        QStringList files;
        QXmlStreamReader xml(property(vm, u"config.hardware.device"_s));
        bool inIsoBacking = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"backing"_s) {
                inIsoBacking = xml.attributes()
                                   .value(u"http://www.w3.org/2001/XMLSchema-instance"_s, u"type"_s)
                                   .endsWith(u"VirtualCdromIsoBackingInfo"_s);
            } else if (xml.isStartElement() && xml.name() == u"fileName"_s && inIsoBacking) {
                files.append(xml.readElementText());
            } else if (xml.isEndElement() && xml.name() == u"backing"_s) {
                inIsoBacking = false;
            }
        }
        return files;
    }

    void setGuestinfo(const QString& vm, const QList<std::pair<QString, QString>>& values) const
    {
        QString options;
        for (const auto& [key, value] : values) {
            options += u"<extraConfig><key>%1</key><value xsi:type=\"xsd:string\">%2</value></extraConfig>"_s.arg(
                key, xmlEscape(value));
        }
        post(u"<ReconfigVM_Task><_this type=\"VirtualMachine\">%1</_this><spec>%2</spec></ReconfigVM_Task>"_s.arg(
            vm, options));
    }

    // GET on the datastore file service with the session cookie; the HTTP status.
    int download(const QString& datastorePath, QByteArray* body) const
    {
        const QRegularExpressionMatch match = QRegularExpression(u"^\\[([^\\]]+)\\] (.+)$"_s).match(datastorePath);
        QUrl url = m_sdk;
        url.setPath(u"/folder/"_s + match.captured(2));
        url.setQuery(u"dcPath=DC0&dsName="_s + match.captured(1));
        const QTemporaryDir dir;
        const Run run = runProgram(u"curl"_s,
            { u"-s"_s, u"-b"_s, jar(), u"-o"_s, dir.filePath(u"body"_s), u"-w"_s, u"%{http_code}"_s, url.toString() });
        *body = readFile(dir.filePath(u"body"_s));
        return run.out.toInt();
    }

private:
    QString jar() const { return m_jar.filePath(u"cookies"_s); }

    QUrl m_sdk;
    QTemporaryDir m_jar;
    bool m_loggedIn = false;
};

QByteArray isoFile(const QString& image, const QString& name)
{
    return runProgram(u"isoinfo"_s, { u"-R"_s, u"-i"_s, image, u"-x"_s, u'/' + name }).out;
}

QString volumeId(const QString& image)
{
    return QRegularExpression(u"Volume id: *(\\S+)"_s)
        .match(QString::fromUtf8(runProgram(u"isoinfo"_s, { u"-d"_s, u"-i"_s, image }).out))
        .captured(1);
}
} // namespace

class TestProvisioningCli : public QObject
{
    Q_OBJECT
private:
    QStringList login() const
    {
        return { u"--url"_s, m_simulator->sdkUrl().toString(), u"--user"_s, u"admin"_s, u"--password-env"_s,
            u"VMDESK_TEST_PASSWORD"_s };
    }

    QStringList metadataCommand(const QString& subcommand) const
    {
        return QStringList { u"metadata"_s, subcommand } + login();
    }

    // `metadata render` of a document into `seed` (meta-data, user-data, network-config).
    void render(const QString& directory, const QString& vm, const QString& seed, const QString& version)
    {
        QStringList arguments { u"metadata"_s, u"render"_s, u"--directory"_s, directory, u"--vm"_s, vm, u"--seed-dir"_s,
            seed };
        if (!version.isEmpty()) {
            arguments << u"--network-version"_s << version;
        }
        const Run run = vmdeskctl(arguments);
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    std::unique_ptr<SimulatorInstance> m_simulator;
    std::unique_ptr<RawVim> m_vim;
    QTemporaryDir m_documents;
    QString m_vm; // vmName's managed object id

private Q_SLOTS:
    void initTestCase()
    {
        m_simulator = std::make_unique<SimulatorInstance>(
            QStringList { u"--vms"_s, u"4"_s, u"--powered-off"_s, u"2"_s, u"--disk-mb"_s, u"2"_s });
        QVERIFY(m_simulator->isReady());
        m_vim = std::make_unique<RawVim>(m_simulator->sdkUrl());
        QVERIFY(m_vim->loggedIn());
        m_vm = m_vim->vm(vmName);
        QVERIFY(!m_vm.isEmpty());
        QVERIFY(QFile::copy(documentsDir + u"/web-01.yaml"_s, m_documents.filePath(vmName + u".yaml"_s)));
    }

    void pushGuestinfoSetsKeysCloudInitDecodes()
    {
        const Run push = vmdeskctl(
            metadataCommand(u"push-guestinfo"_s) << u"--vm"_s << vmName << u"--directory"_s << m_documents.path());
        QVERIFY2(push.exitCode == 0, push.err.constData());
        QVERIFY(push.out.contains("guestinfo.metadata.encoding  gzip+base64"));
        QVERIFY(push.out.contains("read back: identical"));

        const QMap<QString, QString> keys = m_vim->guestinfo(m_vm);
        QCOMPARE(keys.value(u"guestinfo.metadata.encoding"_s), u"gzip+base64"_s);
        QCOMPARE(keys.value(u"guestinfo.userdata.encoding"_s), u"gzip+base64"_s);
        const QByteArray metadata = shell(u"base64 -d | gunzip"_s, keys.value(u"guestinfo.metadata"_s).toLatin1());
        const QByteArray userdata = shell(u"base64 -d | gunzip"_s, keys.value(u"guestinfo.userdata"_s).toLatin1());

        const QTemporaryDir seed;
        render(m_documents.path(), vmName, seed.path(), u"2"_s);
        QCOMPARE(userdata, readFile(seed.filePath(u"user-data"_s)));
        QJsonObject json = QJsonDocument::fromJson(metadata).object();
        QVERIFY2(json.contains(u"network"_s), metadata.constData());
        const QByteArray network = QJsonDocument(json.take(u"network"_s).toObject()).toJson();
        QCOMPARE(canonical(network), canonical(readFile(seed.filePath(u"network-config"_s))));
        QCOMPARE(canonical(QJsonDocument(json).toJson()), canonical(readFile(seed.filePath(u"meta-data"_s))));

        const Run clear = vmdeskctl(metadataCommand(u"push-guestinfo"_s) << u"--vm"_s << vmName << u"--clear"_s);
        QVERIFY2(clear.exitCode == 0, clear.err.constData());
        const QMap<QString, QString> left = m_vim->guestinfo(m_vm);
        for (const QString& key : { u"guestinfo.metadata"_s, u"guestinfo.metadata.encoding"_s, u"guestinfo.userdata"_s,
                 u"guestinfo.userdata.encoding"_s }) {
            QVERIFY2(!left.contains(key), qPrintable(key));
        }
    }

    void importGuestinfo_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("command"); // the real tool that encodes
        QTest::newRow("base64") << u"base64"_s << u"base64 -w0"_s;
        QTest::newRow("b64") << u"b64"_s << u"base64 -w0"_s;
        QTest::newRow("gzip+base64") << u"gzip+base64"_s << u"gzip -c | base64 -w0"_s;
        QTest::newRow("gz+b64") << u"gz+b64"_s << u"gzip -c | base64 -w0"_s;
        QTest::newRow("none") << QString() << u"cat"_s;
    }

    void importGuestinfo()
    {
        QFETCH(QString, encoding);
        QFETCH(QString, command);
        // The keys another tool would set: meta-data JSON with the network inside, user-data.
        const QTemporaryDir seed;
        render(m_documents.path(), vmName, seed.path(), u"2"_s);
        QJsonObject metadata = QJsonDocument::fromJson(readFile(seed.filePath(u"meta-data"_s))).object();
        metadata.insert(
            u"network"_s, QJsonDocument::fromJson(canonical(readFile(seed.filePath(u"network-config"_s)))).object());
        const QByteArray userdata = readFile(seed.filePath(u"user-data"_s));
        m_vim->setGuestinfo(m_vm,
            { { u"guestinfo.metadata"_s,
                  QString::fromLatin1(shell(command, QJsonDocument(metadata).toJson(QJsonDocument::Compact))) },
                { u"guestinfo.metadata.encoding"_s, encoding },
                { u"guestinfo.userdata"_s, QString::fromLatin1(shell(command, userdata)) },
                { u"guestinfo.userdata.encoding"_s, encoding } });
        QTRY_COMPARE(m_vim->guestinfo(m_vm).value(u"guestinfo.metadata.encoding"_s), encoding);

        const QTemporaryDir imported;
        const Run run = vmdeskctl(
            metadataCommand(u"import-guestinfo"_s) << u"--vm"_s << vmName << u"--directory"_s << imported.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QTemporaryDir again;
        render(imported.path(), vmName, again.path(), u"2"_s);
        QCOMPARE(readFile(again.filePath(u"user-data"_s)), userdata);
        QCOMPARE(
            canonical(readFile(again.filePath(u"meta-data"_s))), canonical(readFile(seed.filePath(u"meta-data"_s))));
        QCOMPARE(canonical(readFile(again.filePath(u"network-config"_s))),
            canonical(readFile(seed.filePath(u"network-config"_s))));

        // An existing document stays unless --force.
        const QString path = imported.filePath(vmName + u".yaml"_s);
        const QByteArray before = readFile(path);
        QFile edited(path);
        QVERIFY(edited.open(QIODevice::Append));
        edited.write("# edited by hand\n");
        edited.close();
        const Run refused = vmdeskctl(
            metadataCommand(u"import-guestinfo"_s) << u"--vm"_s << vmName << u"--directory"_s << imported.path());
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains("--force"));
        QCOMPARE(readFile(path), before + "# edited by hand\n");
        const Run forced = vmdeskctl(metadataCommand(u"import-guestinfo"_s)
            << u"--vm"_s << vmName << u"--directory"_s << imported.path() << u"--force"_s);
        QVERIFY2(forced.exitCode == 0, forced.err.constData());
        QCOMPARE(readFile(path), before);
    }

    void isoHoldsTheRenderedFiles()
    {
        const QTemporaryDir out;
        const QString image = out.filePath(u"seed.iso"_s);
        const Run run = vmdeskctl(
            { u"metadata"_s, u"iso"_s, u"--directory"_s, m_documents.path(), u"--vm"_s, vmName, u"--output"_s, image });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(volumeId(image).toLower(), u"cidata"_s);
        const QTemporaryDir seed;
        render(m_documents.path(), vmName, seed.path(), {});
        for (const QString& name : { u"meta-data"_s, u"user-data"_s, u"network-config"_s }) {
            QCOMPARE(isoFile(image, name), readFile(seed.filePath(name)));
        }
        // Another version on request.
        const Run v2 = vmdeskctl({ u"metadata"_s, u"iso"_s, u"--directory"_s, m_documents.path(), u"--vm"_s, vmName,
            u"--output"_s, image, u"--network-version"_s, u"2"_s });
        QVERIFY2(v2.exitCode == 0, v2.err.constData());
        const QTemporaryDir seed2;
        render(m_documents.path(), vmName, seed2.path(), u"2"_s);
        QCOMPARE(isoFile(image, u"network-config"_s), readFile(seed2.filePath(u"network-config"_s)));
    }

    void attachAndDetachIso()
    {
        const Run attach = vmdeskctl(
            metadataCommand(u"attach-iso"_s) << u"--vm"_s << vmName << u"--directory"_s << m_documents.path());
        QVERIFY2(attach.exitCode == 0, attach.err.constData());
        const QStringList backings = m_vim->isoBackings(m_vm);
        QCOMPARE(backings.size(), 1);
        QVERIFY2(backings.first().endsWith(u"/%1-cidata.iso"_s.arg(vmName)), qPrintable(backings.first()));
        QVERIFY(attach.out.contains(backings.first().toUtf8()));

        // What the datastore holds is what `metadata iso` writes (its files: the images' timestamps differ).
        QByteArray uploaded;
        QCOMPARE(m_vim->download(backings.first(), &uploaded), 200);
        const QTemporaryDir out;
        QFile file(out.filePath(u"uploaded.iso"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(uploaded);
        file.close();
        const QString local = out.filePath(u"local.iso"_s);
        QCOMPARE(vmdeskctl({ u"metadata"_s, u"iso"_s, u"--directory"_s, m_documents.path(), u"--vm"_s, vmName,
                               u"--output"_s, local })
                     .exitCode,
            0);
        QCOMPARE(uploaded.size(), QFileInfo(local).size());
        QCOMPARE(volumeId(file.fileName()), volumeId(local));
        for (const QString& name : { u"meta-data"_s, u"user-data"_s, u"network-config"_s }) {
            QCOMPARE(isoFile(file.fileName(), name), isoFile(local, name));
        }

        const Run detach = vmdeskctl(metadataCommand(u"detach-iso"_s) << u"--vm"_s << vmName);
        QVERIFY2(detach.exitCode == 0, detach.err.constData());
        QCOMPARE(m_vim->isoBackings(m_vm), QStringList());
        QByteArray gone;
        QCOMPARE(m_vim->download(backings.first(), &gone), 404);
    }

    void deployCloneWaitsForTheAddress()
    {
        QVERIFY(QFile::copy(documentsDir + u"/web-01.yaml"_s, m_documents.filePath(u"web-clone.yaml"_s)));
        const Run run = vmdeskctl(QStringList { u"deploy"_s } + login()
            << u"--clone"_s << vmName << u"--name"_s << u"web-clone"_s << u"--metadata-dir"_s << m_documents.path()
            << u"--via"_s << u"guestinfo"_s << u"--power-on"_s << u"--wait-ip"_s << u"60"_s);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // web-01.yaml's static address, which the guest reports once it read its data.
        QCOMPARE(run.out, "192.0.2.10\n");
        QVERIFY(run.err.contains("web-clone: cloning"));
        QVERIFY(!m_vim->vm(u"web-clone"_s).isEmpty());
    }

    void deployWithoutDataTimesOut()
    {
        const QString source = u"DC0_C0_RP0_VM1"_s; // the other tests leave it without guestinfo
        QCOMPARE(m_vim->guestinfo(m_vim->vm(source)), (QMap<QString, QString> {}));
        const Run run = vmdeskctl(QStringList { u"deploy"_s } + login()
            << u"--clone"_s << source << u"--name"_s << u"bare-clone"_s << u"--power-on"_s << u"--wait-ip"_s << u"3"_s);
        QCOMPARE(run.exitCode, 5);
        QVERIFY(run.out.isEmpty());
        // It says what it saw: Tools running, the NIC, no address.
        QVERIFY2(run.err.contains("VMware Tools are running"), run.err.constData());
        QVERIFY2(QRegularExpression(u"NIC [0-9a-f:]{17} on \\S+ has no address"_s)
                     .match(QString::fromUtf8(run.err))
                     .hasMatch(),
            run.err.constData());
    }

    void bulkClonesFromATemplate()
    {
        const QTemporaryDir folder;
        const Run run = vmdeskctl(QStringList { u"deploy"_s } + login()
            << u"--clone"_s << vmName << u"--name"_s << u"bulk-1"_s << u"--name"_s << u"bulk-2"_s << u"--name"_s
            << u"bulk-3"_s << u"--metadata-dir"_s << folder.path() << u"--template"_s
            << documentsDir + u"/minimal.yaml"_s << u"--power-on"_s << u"--wait-ip"_s << u"60"_s << u"--json"_s);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QSet<QString> instanceIds;
        for (int i = 0; i < 3; ++i) {
            const QJsonObject vm = QJsonDocument::fromJson(lines.at(i)).object();
            const QString name = u"bulk-%1"_s.arg(i + 1);
            QCOMPARE(vm[u"name"_s].toString(), name);
            QCOMPARE(vm[u"vm"_s].toString(), m_vim->vm(name));
            QVERIFY(QRegularExpression(u"^\\d+\\.\\d+\\.\\d+\\.\\d+$"_s).match(vm[u"address"_s].toString()).hasMatch());
            const QByteArray document = canonical(readFile(folder.filePath(name + u".yaml"_s)));
            const QJsonObject meta = QJsonDocument::fromJson(document).object()[u"metadata"_s].toObject();
            QCOMPARE(meta[u"local-hostname"_s].toString(), name);
            instanceIds.insert(meta[u"instance-id"_s].toString());
            // Each clone carries its own document.
            const QByteArray pushed = shell(
                u"base64 -d | gunzip"_s, m_vim->guestinfo(m_vim->vm(name)).value(u"guestinfo.metadata"_s).toLatin1());
            QCOMPARE(QJsonDocument::fromJson(pushed).object()[u"instance-id"_s].toString(),
                meta[u"instance-id"_s].toString());
        }
        QCOMPARE(instanceIds.size(), 3);
    }

    void ovaRoundTripKeepsTheDisks()
    {
        const QTemporaryDir first;
        const Run exported = vmdeskctl(QStringList { u"export"_s } + login()
            << u"--vm"_s << u"DC0_C0_RP0_VM1"_s << u"--output"_s << first.path() << u"--ova"_s);
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const Run deployed = vmdeskctl(QStringList { u"deploy"_s } + login()
                << u"--ova"_s << first.filePath(u"DC0_C0_RP0_VM1.ova"_s) << u"--name"_s << u"round-trip"_s,
            180000);
        QVERIFY2(deployed.exitCode == 0, deployed.err.constData());
        const QTemporaryDir second;
        const Run again = vmdeskctl(
            QStringList { u"export"_s } + login() << u"--vm"_s << u"round-trip"_s << u"--output"_s << second.path());
        QVERIFY2(again.exitCode == 0, again.err.constData());
        const auto digests
            = [](const QString& folder) { return shell(u"cd '%1' && sha256sum *.vmdk | cut -d' ' -f1"_s.arg(folder)); };
        const QByteArray original = digests(first.filePath(u"DC0_C0_RP0_VM1"_s));
        QVERIFY2(original.size() == 65, original.constData()); // one disk
        QCOMPARE(digests(second.filePath(u"round-trip"_s)), original);
    }

    void interruptedDeployRemovesTheHalfMadeVm()
    {
        SimulatorInstance slow({ u"--vms"_s, u"2"_s, u"--powered-off"_s, u"1"_s, u"--disk-mb"_s, u"4"_s,
            u"--throttle-kbps"_s, u"1024"_s });
        QVERIFY(slow.isReady());
        const QStringList slowLogin { u"--url"_s, slow.sdkUrl().toString(), u"--user"_s, u"admin"_s,
            u"--password-env"_s, u"VMDESK_TEST_PASSWORD"_s };
        const QTemporaryDir out;
        const Run exported = vmdeskctl(QStringList { u"export"_s } + slowLogin
            << u"--vm"_s << u"DC0_C0_RP0_VM0"_s << u"--output"_s << out.path() << u"--ova"_s);
        QVERIFY2(exported.exitCode == 0, exported.err.constData());

        QProcess deploy;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"VMDESK_TEST_PASSWORD"_s, u"secret"_s);
        deploy.setProcessEnvironment(environment);
        QByteArray err;
        QObject::connect(&deploy, &QProcess::readyReadStandardError, [&] { err += deploy.readAllStandardError(); });
        deploy.start(QCoreApplication::applicationDirPath() + u"/vmdeskctl"_s,
            QStringList { u"deploy"_s } + slowLogin << u"--ova"_s << out.filePath(u"DC0_C0_RP0_VM0.ova"_s)
                                                    << u"--name"_s << u"half-made"_s);
        QTRY_VERIFY_WITH_TIMEOUT(err.contains("half-made: uploading disks"), 30000);
        const RawVim vim(slow.sdkUrl());
        QVERIFY(!vim.vm(u"half-made"_s).isEmpty()); // the import made it
        ::kill(static_cast<pid_t>(deploy.processId()), SIGINT);
        QVERIFY(deploy.waitForFinished(40000));
        err += deploy.readAllStandardError();
        QCOMPARE(deploy.exitCode(), 130);
        QVERIFY2(err.contains("removed the half-made VM"), err.constData());
        QCOMPARE(vim.vm(u"half-made"_s), QString());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no source") << QStringList { u"--name"_s, u"x"_s } << u"--ova, --ovf or --clone"_s;
        QTest::newRow("two sources") << QStringList { u"--ova"_s, u"a.ova"_s, u"--clone"_s, u"vm"_s, u"--name"_s,
            u"x"_s } << u"--ova, --ovf or --clone"_s;
        QTest::newRow("no name") << QStringList { u"--clone"_s, u"vm"_s } << u"--name"_s;
        QTest::newRow("names without clone")
            << QStringList { u"--ova"_s, u"a.ova"_s, u"--name"_s, u"x"_s, u"--name"_s, u"y"_s } << u"clones only"_s;
        QTest::newRow("wait without power-on")
            << QStringList { u"--clone"_s, u"vm"_s, u"--name"_s, u"x"_s, u"--wait-ip"_s, u"10"_s } << u"--power-on"_s;
        QTest::newRow("via without folder")
            << QStringList { u"--clone"_s, u"vm"_s, u"--name"_s, u"x"_s, u"--via"_s, u"iso"_s } << u"--metadata-dir"_s;
        QTest::newRow("bad network") << QStringList { u"--clone"_s, u"vm"_s, u"--name"_s, u"x"_s, u"--network"_s,
            u"a"_s } << u"SRC=DST"_s;
        QTest::newRow("unknown option") << QStringList { u"--clone"_s, u"vm"_s, u"--name"_s, u"x"_s, u"--frobnicate"_s }
                                        << u"frobnicate"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = vmdeskctl(QStringList { u"deploy"_s, u"--url"_s, u"http://127.0.0.1:1/sdk"_s, u"--user"_s,
                                      u"u"_s, u"--password-env"_s, u"VMDESK_TEST_PASSWORD"_s }
            + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
    }

    void metadataUsageErrors()
    {
        QCOMPARE(
            vmdeskctl({ u"metadata"_s, u"iso"_s, u"--vm"_s, vmName, u"--directory"_s, m_documents.path() }).exitCode,
            2); // no --output
        QCOMPARE(vmdeskctl(metadataCommand(u"push-guestinfo"_s) << u"--vm"_s << vmName).exitCode, 2); // no --directory
        QCOMPARE(vmdeskctl(metadataCommand(u"attach-iso"_s) << u"--directory"_s << m_documents.path()).exitCode,
            2); // no --vm
        const Run unreachable = vmdeskctl({ u"metadata"_s, u"detach-iso"_s, u"--url"_s, u"http://127.0.0.1:1/sdk"_s,
            u"--user"_s, u"admin"_s, u"--password-env"_s, u"VMDESK_TEST_PASSWORD"_s, u"--vm"_s, vmName });
        QCOMPARE(unreachable.exitCode, 4);
        QCOMPARE(vmdeskctl(metadataCommand(u"detach-iso"_s) << u"--vm"_s << u"no-such-vm"_s).exitCode, 1);
    }
};

VMDESK_TEST_GUILESS_MAIN(TestProvisioningCli)
#include "tst_provisioningcli.moc"
