// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionparameters.h"

#include <QObject>

using namespace Qt::StringLiterals;

QUrl ConnectionParameters::normalizedSdkUrl(const QString& text, QString* error)
{
    const QString trimmed = text.trimmed();
    const auto refuse = [&](const QString& why) {
        if (error) {
            *error = why;
        }
        return QUrl();
    };
    if (trimmed.isEmpty()) {
        return refuse(QObject::tr("no address given; vCenter's is https://<host>/sdk"));
    }
    // Strict: QUrl::fromUserInput turns "not a url" into "http://https//not a url" and the like.
    QUrl url(trimmed.contains(u"://"_s) ? trimmed : u"https://"_s + trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return refuse(QObject::tr("\"%1\" is not an address such as https://vcenter.example.com/sdk%2")
                          .arg(trimmed, url.errorString().isEmpty() ? QString() : u" ("_s + url.errorString() + u')'));
    }
    if (url.scheme() != u"https"_s && url.scheme() != u"http"_s) {
        return refuse(QObject::tr("\"%1\" is not an https:// or http:// address").arg(trimmed));
    }
    if (url.path().isEmpty() || url.path() == u"/"_s) {
        url.setPath(u"/sdk"_s);
    }
    url.setUserInfo({});
    return url;
}

QString ConnectionParameters::secretKey() const
{
    const int defaultPort = url.scheme() == u"http"_s ? 80 : 443;
    return user + u'@' + url.host() + u':' + QString::number(url.port(defaultPort));
}
