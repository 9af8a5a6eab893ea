// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the settings file read back at start (on Linux QSettings' native format is
// this INI file, ~/.config/vmdesk/vmdesk.conf): the connection profiles with their pinned
// certificate digests (ProfileStore::load), and what a login makes of a profile (the SDK URL, the
// keychain key). Checks: every profile loaded has a name and a valid URL, and what is loaded is
// saved and loaded back unchanged, pin included, so that a profile never silently loses its pin.
#include <algorithm>
#include <cstdint>
#include <cstdlib>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>

#include "check.h"
#include "vsphere/connectionparameters.h"
#include "vsphere/profilestore.h"

using namespace Qt::StringLiterals;

namespace {
QTemporaryDir* directory = nullptr;

// An escape in the INI file can make a lone UTF-16 surrogate, which no UTF-8 file can hold: Qt
// writes U+FFFD for it, or nothing at the end of a string. Files with such strings are not
// compared after saving.
bool storable(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
        } else if (text.at(i).isSurrogate()) {
            return false;
        }
    }
    return true;
}

// The URL as a connection uses it. (QUrl's == is stricter: a '#' in a fragment read from the file
// as it is compares unequal to the "%23" it is saved as, though both mean the same URL.)
bool same(const ConnectionProfile& a, const ConnectionProfile& b)
{
    return a.name == b.name && a.url.toEncoded() == b.url.toEncoded() && a.user == b.user
        && a.pinnedCertificateSha256 == b.pinnedCertificateSha256 && a.connectOnStart == b.connectOnStart;
}

QList<ConnectionProfile> loadFrom(const QString& path)
{
    QSettings settings(path, QSettings::IniFormat);
    return ProfileStore::load(settings);
}

// Qt 6.4 trusts the element count inside a serialized container in "@Variant(...)" and allocates
// it up front: a 436-byte file made Qt ask for 19.7 GB (tests/fuzz/known/qt-settings-variant-oom.conf,
// reported with issue 9), and QSettings decodes every value of a group as soon as one is read. That
// is Qt's bug, not ProfileStore's; to go on fuzzing past it, a variant must be what vmdesk writes
// itself, a QUrl (type 17, whose payload Qt reads in bounded steps), and '@' may not be escaped.
bool onlyUrlVariants(QByteArrayView input)
{
    static const QRegularExpression escapedAt(u"\\\\x0*40(?![0-9A-Fa-f])|\\\\0*100(?![0-7])"_s);
    static const QRegularExpression variant(u"@Variant\\((?!\\\\0\\\\0\\\\0\\\\x11(?![0-9A-Fa-f]))"_s);
    const QString text = QString::fromLatin1(input);
    return !escapedAt.match(text).hasMatch() && !variant.match(text).hasMatch();
}

// QSettings keeps what it parsed in a cache, keyed by path, and reads a file again only when its
// size or modification time changed: every input gets a time of its own. (A new path per input
// instead filled the cache, so that every run looked like a leak to libFuzzer, which then spent 90%
// of the time in LeakSanitizer scans.)
void touch(QFile& file) // open
{
    static qint64 counter = 0;
    FUZZ_CHECK(file.setFileTime(QDateTime::fromSecsSinceEpoch(1'000'000'000 + ++counter, Qt::UTC),
        QFileDevice::FileModificationTime));
}

void removeFiles(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + u".lock"_s);
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    static int argc = 1;
    static char name[] = "fuzz_profiles";
    static char* argv[] = { name, nullptr };
    new QCoreApplication(argc, argv); // what the app has when it reads its settings
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString&) {
        if (type == QtFatalMsg) {
            abort();
        }
    });
    // In memory when possible: no disk writes per input.
    directory = QDir(u"/dev/shm"_s).exists() ? new QTemporaryDir(u"/dev/shm/vmdesk-fuzz-XXXXXX"_s) : new QTemporaryDir;
    std::atexit([] { delete directory; }); // libFuzzer ends with exit()
    return directory->isValid() ? 0 : 1;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (!onlyUrlVariants(QByteArrayView(data, size))) {
        return -1; // not added to the corpus
    }
    const QString path = directory->filePath(u"vmdesk.conf"_s);
    const QString copy = directory->filePath(u"saved.conf"_s);
    {
        QFile file(path);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)
            && file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size)) == qint64(size));
        touch(file);
    }
    const QList<ConnectionProfile> profiles = loadFrom(path);
    removeFiles(path);

    for (const ConnectionProfile& profile : profiles) {
        FUZZ_CHECK(!profile.name.isEmpty() && profile.url.isValid());
        const ConnectionParameters parameters { profile.url, profile.user, profile.pinnedCertificateSha256 };
        FUZZ_CHECK(!parameters.secretKey().isEmpty());
        // The connect dialog shows the profile's URL and normalizes what comes back: a fixed point.
        const QUrl normalized = ConnectionParameters::normalizedSdkUrl(profile.url.toString());
        FUZZ_CHECK(ConnectionParameters::normalizedSdkUrl(normalized.toString()) == normalized);
    }

    {
        QSettings settings(copy, QSettings::IniFormat);
        ProfileStore::save(settings, profiles);
        settings.sync();
        FUZZ_CHECK(settings.status() == QSettings::NoError);
    }
    {
        QFile file(copy);
        FUZZ_CHECK(file.open(QIODevice::ReadOnly));
        touch(file); // read back from the file, not from QSettings' cache of what it wrote
    }
    const QList<ConnectionProfile> reloaded = loadFrom(copy);
    removeFiles(copy);
    // A name that was only a lone surrogate comes back empty: that profile is gone.
    if (std::all_of(profiles.cbegin(), profiles.cend(),
            [](const ConnectionProfile& p) { return storable(p.name) && storable(p.user); })) {
        FUZZ_CHECK(reloaded.size() == profiles.size());
        for (qsizetype i = 0; i < profiles.size(); ++i) {
            FUZZ_CHECK(same(profiles.at(i), reloaded.at(i)));
        }
    }
    return 0;
}
