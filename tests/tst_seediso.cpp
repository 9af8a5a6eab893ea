// SPDX-License-Identifier: GPL-3.0-or-later
// NoCloud seed images, read back by genisoimage's isoinfo: a reader that shares no code with
// libarchive, which writes them.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "cloudinit/renderer.h"
#include "cloudinit/seediso.h"
#include "support/testfiles.h"
#include "support/testmain.h"
#include "support/toolrun.h"

using namespace Qt::StringLiterals;

namespace {
MetadataDocument document(const QByteArray& yaml)
{
    QString error;
    const std::optional<MetadataDocument> parsed = MetadataDocument::fromYaml(yaml, &error);
    if (!parsed) {
        qFatal("test document does not parse: %s", qPrintable(error));
    }
    return *parsed;
}

QByteArray bigUserData()
{
    QByteArray text = "#cloud-config\nwrite_files:\n  - path: /etc/big\n    content: |\n";
    for (int i = 0; text.size() < 200 * 1024; ++i) {
        text += "      line " + QByteArray::number(i) + " of a file large enough to take many ISO sectors\n";
    }
    return "userdata: |\n  " + text.replace("\n", "\n  ").trimmed() + '\n';
}
} // namespace

class TestSeedIso : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isoinfoReadsTheSeed_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<bool>("emptyUserData"); // write the file with no bytes at all
        QTest::newRow("web-01") << readFile(QStringLiteral(VMDESK_DOCUMENTS_DIR "/web-01.yaml")) << false;
        QTest::newRow("db-02") << readFile(QStringLiteral(VMDESK_DOCUMENTS_DIR "/db-02.yaml")) << false;
        QTest::newRow("empty user-data") << QByteArray("metadata: {instance-id: i-empty}\nuserdata: \"\"\n") << false;
        QTest::newRow("zero-byte user-data") << QByteArray("metadata: {instance-id: i-zero}\n") << true;
        QTest::newRow("200 KiB user-data") << QByteArray("metadata: {instance-id: i-big}\n" + bigUserData()) << false;
    }

    void isoinfoReadsTheSeed()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(bool, emptyUserData);
        const MetadataDocument parsed = document(yaml);
        SeedIso::Files files = SeedIso::render(parsed, u"Test VM"_s);
        QCOMPARE(files.metaData, Renderer::metaData(parsed, u"Test VM"_s));
        QCOMPARE(files.userData, Renderer::userData(parsed));
        QCOMPARE(files.networkConfig, Renderer::networkData(parsed));
        if (emptyUserData) {
            files.userData.clear();
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(u"seed.iso"_s);
        QString error;
        QVERIFY2(SeedIso::write(path, files, &error), qPrintable(error));
        const std::optional<QByteArray> image = SeedIso::image(files);
        QVERIFY(image);
        QCOMPARE(QFileInfo(path).size(), image->size());
        QCOMPARE(image->size() % 2048, 0);

        const ToolRun info = runTool(u"isoinfo"_s, { u"-d"_s, u"-i"_s, path });
        QVERIFY2(info.exitCode == 0, info.all().constData());
        QVERIFY2(info.output.contains("Volume id: CIDATA\n") || info.output.contains("Volume id: cidata\n"),
            info.output.constData());
        QVERIFY2(info.output.contains("Rock Ridge signatures version"), info.output.constData());
        QVERIFY2(info.output.contains("Joliet with UCS level"), info.output.constData());

        for (const QString& names : { u"-R"_s, u"-J"_s }) {
            const ToolRun list = runTool(u"isoinfo"_s, { names, u"-f"_s, u"-i"_s, path });
            QVERIFY2(list.exitCode == 0, list.all().constData());
            QStringList listed = QString::fromUtf8(list.output).split(u'\n', Qt::SkipEmptyParts);
            listed.sort();
            QCOMPARE(listed, QStringList({ u"/meta-data"_s, u"/network-config"_s, u"/user-data"_s }));
        }
        const std::pair<QString, QByteArray> expected[] { { u"/meta-data"_s, files.metaData },
            { u"/user-data"_s, files.userData }, { u"/network-config"_s, files.networkConfig } };
        for (const auto& [name, bytes] : expected) {
            const ToolRun extract = runTool(u"isoinfo"_s, { u"-R"_s, u"-x"_s, name, u"-i"_s, path });
            QVERIFY2(extract.exitCode == 0, extract.all().constData());
            QCOMPARE(extract.output.size(), bytes.size());
            QVERIFY2(extract.output == bytes, qPrintable(name));
        }
    }

    // A failed write says why, with the path, and leaves what was there.
    void writeFailsWithAReason()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(u"not-a-directory"_s);
        QVERIFY(writeFile(blocker, "a file, not a directory"));
        const QString path = blocker + u"/seed.iso"_s;
        QString error;
        QVERIFY(!SeedIso::write(path, { "{}", "#cloud-config\n", "version: 2\n" }, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QCOMPARE(readFile(blocker), QByteArray("a file, not a directory"));
    }

    // image() is meant for worker threads: images built at once are each whole.
    void imagesOnSeveralThreads()
    {
        const SeedIso::Files files { "{\"instance-id\":\"i\"}", "#cloud-config\n{}\n", "version: 1\nconfig: []\n" };
        QList<std::optional<QByteArray>> images(4);
        QList<QThread*> threads;
        for (qsizetype i = 0; i < images.size(); ++i) {
            threads.append(QThread::create([&images, &files, i] { images[i] = SeedIso::image(files); }));
            threads.last()->start();
        }
        for (QThread* thread : threads) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        QTemporaryDir dir;
        for (qsizetype i = 0; i < images.size(); ++i) {
            QVERIFY(images[i]);
            const QString path = dir.filePath(u"seed-%1.iso"_s.arg(i));
            QVERIFY(writeFile(path, *images[i]));
            const ToolRun extract = runTool(u"isoinfo"_s, { u"-R"_s, u"-x"_s, u"/network-config"_s, u"-i"_s, path });
            QCOMPARE(extract.output, files.networkConfig);
        }
    }
};

VMDESK_TEST_GUILESS_MAIN(TestSeedIso)
#include "tst_seediso.moc"
