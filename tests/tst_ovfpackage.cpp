// SPDX-License-Identifier: GPL-3.0-or-later
// OvfPackage::verify: a package is complete only when what is on disk matches the manifest.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/atomicwrite.h"
#include "core/sha256.h"
#include "export/ovfpackage.h"
#include "support/testmain.h"

using namespace Qt::StringLiterals;

namespace {
OvfPackage::File put(const QDir& dir, const QString& name, const QByteArray& bytes)
{
    saveAtomically(dir.filePath(name), bytes);
    Sha256 hash;
    hash.addData(bytes);
    return { name, bytes.size(), hash.hexResult() };
}

struct Package
{
    QTemporaryDir tmp;
    QDir dir { tmp.path() };
    QList<OvfPackage::File> files;
    QByteArray manifest;

    explicit Package(bool ova)
    {
        files = { put(dir, u"vm.ovf"_s, "<Envelope/>\n"), put(dir, u"vm-disk-0.vmdk"_s, QByteArray(300000, 'd')) };
        manifest = OvfPackage::manifest(files);
        saveAtomically(dir.filePath(u"vm.mf"_s), manifest);
        if (ova) {
            OvfPackage::writeOva(dir.path(), u"vm.ovf"_s, u"vm.mf"_s, { files.at(1) }, ovaPath());
        }
    }
    QString ovaPath() const { return dir.filePath(u"vm.ova"_s); }
    QString verify(bool ova) const
    {
        return OvfPackage::verify(dir.path(), manifest, u"vm.mf"_s, files, ova ? ovaPath() : QString());
    }
};
} // namespace

class TestOvfPackage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aCompletePackagePasses()
    {
        QCOMPARE(Package(false).verify(false), QString());
        QCOMPARE(Package(true).verify(true), QString());
    }

    void anEmptyOrShortFileFails_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("replacement");
        QTest::newRow("empty descriptor") << u"vm.ovf"_s << QByteArray();
        QTest::newRow("empty manifest") << u"vm.mf"_s << QByteArray();
        QTest::newRow("short disk") << u"vm-disk-0.vmdk"_s << QByteArray(299999, 'd');
        QTest::newRow("changed disk") << u"vm-disk-0.vmdk"_s << QByteArray(299999, 'd') + 'x';
    }

    void anEmptyOrShortFileFails()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, replacement);
        Package package(false);
        QFile file(package.dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(replacement);
        file.close();
        const QString error = package.verify(false);
        QVERIFY2(error.contains(name), qPrintable(error));
    }

    void aTruncatedOvaFails()
    {
        Package package(true);
        QFile ova(package.ovaPath());
        QVERIFY(ova.resize(ova.size() / 2));
        const QString error = package.verify(true);
        QVERIFY2(error.contains(u"vm.ova"_s), qPrintable(error));
    }
};

VMDESK_TEST_GUILESS_MAIN(TestOvfPackage)
#include "tst_ovfpackage.moc"
