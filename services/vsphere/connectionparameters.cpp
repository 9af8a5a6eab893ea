// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionparameters.h"

using namespace Qt::StringLiterals;

QUrl ConnectionParameters::normalizedSdkUrl(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return {};
    }
    QUrl url = QUrl::fromUserInput(trimmed.contains(u"://"_s) ? trimmed : u"https://"_s + trimmed);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)) {
        return {};
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
