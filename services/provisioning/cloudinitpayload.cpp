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

CloudInitPayload CloudInitPayload::build(
    const QString& directory, const QString& vmName, Channel channel, int networkVersion)
{
    CloudInitPayload payload;
    payload.documentPath = QDir(directory).filePath(vmName + u".yaml"_s);
    QFile file(payload.documentPath);
    if (!file.open(QIODevice::ReadOnly)) {
        payload.error = tr("%1 has no cloud-init document: %2 (%3)")
                            .arg(vmName, QDir::toNativeSeparators(payload.documentPath), file.errorString());
        return payload;
    }
    const QByteArray text = file.readAll();
    const DocumentValidator::Result result = DocumentValidator::validate(text);
    QStringList errors;
    for (const Finding& finding : result.findings) {
        if (finding.severity == Finding::Severity::Error) {
            errors.append(
                u"%1:%2: %3"_s.arg(QFileInfo(payload.documentPath).fileName()).arg(finding.line).arg(finding.message));
        }
    }
    if (!errors.isEmpty() || !result.document) {
        payload.error
            = tr("%1 has errors; fix them in the editor first:\n%2")
                  .arg(QDir::toNativeSeparators(payload.documentPath), errors.mid(0, findingsShown).join(u'\n'));
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

QFuture<CloudInitPayload> CloudInitPayload::buildLater(
    const QString& directory, const QString& vmName, Channel channel, int networkVersion)
{
    return QtConcurrent::run(
        [directory, vmName, channel, networkVersion] { return build(directory, vmName, channel, networkVersion); });
}
