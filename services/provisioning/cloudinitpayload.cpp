// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudinitpayload.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QtConcurrent>

#include "cloudinit/documentvalidator.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int findingsShown = 3;

QString tr(const char* text)
{
    return QCoreApplication::translate("CloudInitPayload", text);
}
} // namespace

namespace {
// `shownName` heads the error message, `lineName` prefixes each finding's line: a file's are its
// native path and its file name, as they always were.
CloudInitPayload render(const QByteArray& text, const QString& documentPath, const QString& shownName,
    const QString& lineName, const QString& vmName, CloudInitPayload::Channel channel, int networkVersion)
{
    using Channel = CloudInitPayload::Channel;
    CloudInitPayload payload;
    payload.documentPath = documentPath;
    const DocumentValidator::Result result = DocumentValidator::validate(text);
    QStringList errors;
    for (const Finding& finding : result.findings) {
        if (finding.severity == Finding::Severity::Error) {
            errors.append(u"%1:%2: %3"_s.arg(lineName).arg(finding.line).arg(finding.message));
        }
    }
    if (!errors.isEmpty() || !result.document) {
        payload.error = tr("%1 has errors; fix them in the editor first:\n%2")
                            .arg(shownName, errors.mid(0, findingsShown).join(u'\n'));
        return payload;
    }
    payload.files = SeedIso::render(*result.document, vmName, channel == Channel::Iso ? 0 : networkVersion);
    if (channel == Channel::Guestinfo) {
        payload.guestinfo = GuestInfoCodec::render(*result.document, vmName, networkVersion);
        const QStringList problems = GuestInfoCodec::limitProblems(payload.guestinfo);
        if (!problems.isEmpty()) {
            payload.error = problems.join(u'\n');
        }
    } else if (channel == Channel::Iso) {
        QString error;
        const auto image = SeedIso::image(payload.files, &error);
        if (!image) {
            payload.error = error;
        } else {
            payload.isoImage = *image;
        }
    }
    return payload;
}
} // namespace

CloudInitPayload CloudInitPayload::fromText(
    const QByteArray& text, const QString& documentName, const QString& vmName, Channel channel, int networkVersion)
{
    return render(text, documentName, documentName, documentName, vmName, channel, networkVersion);
}

CloudInitPayload CloudInitPayload::build(
    const QString& directory, const QString& vmName, Channel channel, int networkVersion)
{
    const QString path = QDir(directory).filePath(vmName + u".yaml"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CloudInitPayload payload;
        payload.documentPath = path;
        payload.error = tr("%1 has no cloud-init document: %2 (%3)")
                            .arg(vmName, QDir::toNativeSeparators(path), file.errorString());
        return payload;
    }
    return render(file.readAll(), path, QDir::toNativeSeparators(path), QFileInfo(path).fileName(), vmName, channel,
        networkVersion);
}

QFuture<CloudInitPayload> CloudInitPayload::buildLater(
    const QString& directory, const QString& vmName, Channel channel, int networkVersion)
{
    return QtConcurrent::run(
        [directory, vmName, channel, networkVersion] { return build(directory, vmName, channel, networkVersion); });
}
