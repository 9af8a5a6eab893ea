// SPDX-License-Identifier: GPL-3.0-or-later
// Certificate trust as the admin meets it: an unknown self-signed vCenter certificate is put to
// the user; trusted, it is pinned in the connection profile; a changed certificate is refused.
#include <QCryptographicHash>
#include <QProcess>
#include <QSettings>
#include <QSslCertificate>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include "mainwindow.h"
#include "support/simulatorinstance.h"
#include "support/testmain.h"
#include "vsphere/profilestore.h"
#include "vsphere/vimerror.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
struct Certificate
{
    QString cert;
    QString key;
    QByteArray sha256;
};

Certificate makeCertificate(const QTemporaryDir& dir, const QString& name)
{
    Certificate c { dir.filePath(name + u".pem"_s), dir.filePath(name + u".key"_s), {} };
    QProcess::execute(u"openssl"_s,
        { u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
            u"/CN=vmdesk-test-vcenter"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s, c.key,
            u"-out"_s, c.cert });
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(c.cert);
    c.sha256 = certificates.isEmpty() ? QByteArray() : certificates.first().digest(QCryptographicHash::Sha256);
    return c;
}
} // namespace

class TestCertificateTrust : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QSettings().clear(); }

    void unknownIsAskedPinnedIsTrustedChangedIsRefused()
    {
        QTemporaryDir dir;
        const Certificate first = makeCertificate(dir, u"first"_s);
        const Certificate second = makeCertificate(dir, u"second"_s);
        QVERIFY(!first.sha256.isEmpty() && !second.sha256.isEmpty());
        auto simulator = std::make_unique<SimulatorInstance>(
            QStringList { u"--vms"_s, u"2"_s, u"--tls-cert"_s, first.cert, u"--tls-key"_s, first.key });
        QVERIFY(simulator->isReady());
        const QUrl url = simulator->sdkUrl();

        VSphereSession session;
        MainWindow window({ &session });
        QList<VimError> asked;
        window.setTrustDecider([&](const VimError& error) {
            asked.append(error);
            return true;
        });

        // Unknown: asked once, with the subject and thumbprint; trusted; connected; pinned.
        window.connectTo({ url, u"admin"_s, {} }, u"secret"_s, false, u"lab vCenter"_s);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), VCenterConnection::State::Connected, 20000);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().certificateSubject(), u"vmdesk-test-vcenter"_s);
        QCOMPARE(asked.first().certificateSha256(), QString::fromLatin1(first.sha256.toHex(':').toUpper()));
        const std::optional<ConnectionProfile> profile = ProfileStore::forUrl(url);
        QVERIFY(profile);
        QCOMPARE(profile->name, u"lab vCenter"_s);
        QCOMPARE(profile->pinnedCertificateSha256, first.sha256);
        QCOMPARE(profile->user, u"admin"_s);
        QVERIFY(!QSettings().allKeys().join(u' ').contains(u"secret"_s)); // no password anywhere in settings

        // Pinned: connects without asking.
        session.logout();
        QTRY_COMPARE(session.state(), VCenterConnection::State::Disconnected);
        window.connectTo({ url, u"admin"_s, {} }, u"secret"_s, false);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), VCenterConnection::State::Connected, 20000);
        QCOMPARE(asked.size(), 1);

        // Changed: the same server now shows another certificate. Refused, not asked.
        session.logout();
        QTRY_COMPARE(session.state(), VCenterConnection::State::Disconnected);
        simulator.reset();
        simulator = std::make_unique<SimulatorInstance>(QStringList { u"--vms"_s, u"2"_s, u"--listen"_s,
            url.authority(), u"--tls-cert"_s, second.cert, u"--tls-key"_s, second.key });
        QVERIFY(simulator->isReady());
        QCOMPARE(simulator->sdkUrl(), url);
        window.connectTo({ url, u"admin"_s, {} }, u"secret"_s, false);
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(u"certificate changed"_s), 20000);
        QCOMPARE(session.state(), VCenterConnection::State::Disconnected);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(ProfileStore::forUrl(url)->pinnedCertificateSha256, first.sha256); // the pin stays
    }

    void declinedCertificateIsNotSaved()
    {
        QTemporaryDir dir;
        const Certificate cert = makeCertificate(dir, u"other"_s);
        SimulatorInstance simulator({ u"--vms"_s, u"2"_s, u"--tls-cert"_s, cert.cert, u"--tls-key"_s, cert.key });
        VSphereSession session;
        MainWindow window({ &session });
        int asked = 0;
        window.setTrustDecider([&](const VimError&) {
            ++asked;
            return false;
        });
        window.connectTo({ simulator.sdkUrl(), u"admin"_s, {} }, u"secret"_s, false);
        QTRY_COMPARE_WITH_TIMEOUT(asked, 1, 20000);
        QTest::qWait(200);
        QCOMPARE(session.state(), VCenterConnection::State::Disconnected);
        QVERIFY(!ProfileStore::forUrl(simulator.sdkUrl()));
    }
};

VMDESK_TEST_MAIN(TestCertificateTrust)
#include "tst_certificatetrust.moc"
